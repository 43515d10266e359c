package org.frontline.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.frontline.claims.Sides.Side;

/**
 * The territorial rules of {@link ClaimExtractor}: areas, shares and counts of settlements gained,
 * lost or held ({@link #territorialWithNumbers}), and places taken or lost and withdrawals ({@link
 * #territorialPlaces}). Each reads one sentence and adds what it finds to the drafts.
 */
final class TerritorialRules {
  private TerritorialRules() {}

  /** How far around a number the words that give it meaning are looked for, in tokens. */
  private static final int WINDOW = 10;

  // ---------------------------------------------------------------- territorial, with numbers

  /** Areas (km2), shares (percent) and counts of settlements gained, lost or held. */
  static void territorialWithNumbers(
      Sentence sentence, String topicActor, List<Draft> drafts, long deadline) {
    List<Token> tokens = sentence.tokens();
    List<Quantity> numbers = new ArrayList<>(Quantities.find(tokens));
    numbers.addAll(fractions(sentence));
    for (Quantity q : numbers) {
      RuleSupport.checkTime(deadline);
      String unit = q.unit();
      if (!("km2".equals(unit) || "percent".equals(unit) || "settlements".equals(unit))) {
        continue;
      }
      if ("percent".equals(unit) && !ofTerritory(sentence, q.last() + 1)) {
        continue;
      }
      // "By seizing the two cities": a definite count refers back to places already told of.
      if ("settlements".equals(unit)
          && q.first() > 0
          && Lexicon.REFERRING_BACK.contains(tokens.get(q.first() - 1).norm())) {
        continue;
      }
      String kind = territorialKind(tokens, q.first(), q.last(), unit);
      if (kind == null) {
        continue;
      }
      int trigger = nearestTrigger(tokens, q.first(), q.last(), kindWords(kind));
      if (trigger < 0 || RuleSupport.blocked(tokens, trigger) || fellAside(tokens, trigger)) {
        continue;
      }
      Side side = Sides.actorOf(sentence, trigger, topicActor);
      boolean ofGround = q.last() + 2 < tokens.size() && tokens.get(q.last() + 1).is("of");
      Side occupier =
          side.inSentence() || !ofGround
              ? null
              : occupier(tokens, trigger, placeAfter(sentence, q.last() + 2));
      if (occupier != null) {
        side = occupier;
      }
      drafts.add(
          new Draft(
              Draft.TERRITORIAL,
              kind,
              trigger,
              q,
              RuleSupport.text(sentence, q.first(), q.last()),
              side.name(),
              side.inSentence(),
              ofUkraine(tokens, q.last() + 1) ? UKRAINE : null));
    }
    // "several towns and villages", "dozens of settlements" without a number.
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!Quantities.VAGUE_WORDS.contains(tokens.get(i).norm())) {
        continue;
      }
      int noun = tokens.get(i + 1).norm().equals("of") ? i + 2 : i + 1;
      if (noun >= tokens.size() || !Quantities.SETTLEMENT_NOUNS.contains(tokens.get(noun).norm())) {
        continue;
      }
      int last = noun;
      while (last + 2 < tokens.size()
          && tokens.get(last + 1).is("and")
          && Quantities.SETTLEMENT_NOUNS.contains(tokens.get(last + 2).norm())) {
        last += 2;
      }
      int trigger = nearestTrigger(tokens, i, last, Lexicon.GAIN);
      if (trigger < 0 || RuleSupport.blocked(tokens, trigger)) {
        continue;
      }
      Side side = Sides.actorOf(sentence, trigger, topicActor);
      Quantity vague =
          new Quantity(i, last, i + 1, null, null, null, "vague", null, tokens.get(noun).norm());
      drafts.add(
          new Draft(
              Draft.TERRITORIAL,
              "settlements_taken",
              trigger,
              vague,
              RuleSupport.text(sentence, i, last),
              side.name(),
              side.inSentence(),
              null));
    }
  }

  /**
   * Shares written as words, as percentages: "held about half of Donetsk" is 50%, "a third of the
   * region remains in Russian hands" 33%. Fractions share people and fleets as often as ground ("a
   * quarter of Ukraine's people", "a third of its ground forces"), so only a place or a word for
   * ground right after "of", with a word of taking, losing or holding close by, makes one.
   */
  private static List<Quantity> fractions(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Quantity> found = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Double share = Lexicon.FRACTIONS.get(tokens.get(i).norm());
      if (share == null || !tokens.get(i + 1).is("of") || !sharedGround(sentence, i + 2)) {
        continue;
      }
      int first = i;
      if (Lexicon.SINGLE_FRACTIONS.contains(tokens.get(i).norm())) {
        if (i == 0 || !(tokens.get(i - 1).is("a") || tokens.get(i - 1).is("one"))) {
          continue;
        }
        first = i - 1;
      }
      // "the other half of the Donbas" sets one half against another.
      boolean trigger = first == 0 || !tokens.get(first - 1).is("other");
      boolean near = false;
      // "One third of the Kharkiv region is still under occupation": the holding word may come
      // after a region's name and a link.
      for (int k = Math.max(0, first - 5); k < Math.min(tokens.size(), i + 10) && trigger; k++) {
        String w = tokens.get(k).norm();
        near |= Lexicon.GAIN.contains(w) || Lexicon.LOSS.contains(w) || Lexicon.CONTROL.contains(w);
      }
      if (near) {
        Quantity q = new Quantity(first, i, i + 1, share, share, share, "exact", "percent", null);
        found.add(Quantities.withQualifier(tokens, q));
      }
    }
    return found;
  }

  /**
   * A place or a word for ground at {@code from}, after "the" or an owner: "the city", "Donetsk".
   */
  private static boolean sharedGround(Sentence sentence, int from) {
    List<Token> tokens = sentence.tokens();
    int i = from;
    if (i < tokens.size()
        && (tokens.get(i).is("the") || Lexicon.FORCE_OWNERS.contains(tokens.get(i).norm()))) {
      i++;
    }
    if (i >= tokens.size()) {
      return false;
    }
    Gazetteer.Mention m = sentence.placeStarts()[i];
    if (m != null) {
      // "half of Ukraine's tank fleet": the place owns what is shared.
      return !tokens.get(m.last()).norm().endsWith("'s");
    }
    return Lexicon.SHARED_GROUND.contains(tokens.get(i).norm());
  }

  /** The country as a claim's place: "Russia occupies about 18% of Ukraine". */
  private static final Place UKRAINE = new Place("Ukraine", null, "Ukraine", true, 0);

  /** "of Ukraine", "of Ukraine's territory", "of the country". */
  private static boolean ofUkraine(List<Token> tokens, int from) {
    if (from + 1 >= tokens.size() || !tokens.get(from).is("of")) {
      return false;
    }
    Token next = tokens.get(from + 1);
    return next.base().equals("ukraine")
        || (next.is("the") && from + 2 < tokens.size() && tokens.get(from + 2).is("country"));
  }

  /** Ground after "of" that makes a count or share one of territory: "of the region". */
  private static final Set<String> TERRITORY_WORDS =
      Set.of(
          "territory",
          "land",
          "ground",
          "region",
          "city",
          "town",
          "oblast",
          "country",
          "area",
          "province",
          "ukraine",
          "donbas",
          "donbass",
          "regions",
          "territories");

  /** Whether a percent is a share of ground: "of Kupiansk", "of the territory", "of Ukraine". */
  private static boolean ofTerritory(Sentence sentence, int from) {
    List<Token> tokens = sentence.tokens();
    if (from >= tokens.size() || !tokens.get(from).is("of")) {
      return false;
    }
    for (int k = from + 1; k < Math.min(from + 5, tokens.size()); k++) {
      if (TERRITORY_WORDS.contains(tokens.get(k).base()) || placeAt(sentence, k) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kind of an area, share or settlement count from the verbs around it: for a share, control
   * words win ("regained control over 90% of Kupiansk" is a share held); for an area, gain and loss
   * verbs win ("regained control of 500 km2" is ground gained).
   */
  private static String territorialKind(List<Token> tokens, int first, int last, String unit) {
    boolean gain = nearestTrigger(tokens, first, last, Lexicon.GAIN) >= 0;
    int lossAt = nearestTrigger(tokens, first, last, Lexicon.LOSS);
    int gainAt = nearestTrigger(tokens, first, last, Lexicon.GAIN);
    boolean loss =
        lossAt >= 0
            && (!gain
                || RuleSupport.distance(lossAt, first, last)
                    < RuleSupport.distance(gainAt, first, last));
    boolean control = nearestTrigger(tokens, first, last, Lexicon.CONTROL) >= 0;
    switch (unit) {
      case "settlements" -> {
        return gain && !loss ? "settlements_taken" : null;
      }
      case "percent" -> {
        if (loss) {
          return "area_lost";
        }
        if (control) {
          return "control_share";
        }
        return gain ? "area_gained" : null;
      }
      default -> {
        if (loss) {
          return "area_lost";
        }
        if (gain) {
          return "area_gained";
        }
        return control ? "area_controlled" : null;
      }
    }
  }

  private static Set<String> kindWords(String kind) {
    return switch (kind) {
      case "area_lost" -> Lexicon.LOSS;
      case "control_share", "area_controlled" -> Lexicon.CONTROL;
      default -> Lexicon.GAIN;
    };
  }

  /** The trigger nearest to tokens {@code first..last} within the window, or -1. */
  private static int nearestTrigger(List<Token> tokens, int first, int last, Set<String> words) {
    int best = -1;
    for (int k = Math.max(0, first - WINDOW); k < Math.min(tokens.size(), last + WINDOW + 1); k++) {
      if (k >= first && k <= last) {
        continue;
      }
      if (words.contains(tokens.get(k).norm())
          && (best < 0
              || RuleSupport.distance(k, first, last) < RuleSupport.distance(best, first, last))) {
        best = k;
      }
    }
    return best;
  }

  // ------------------------------------------------------------- territorial, named places

  /** Places taken or lost, and withdrawals. */
  static void territorialPlaces(
      Sentence sentence, String topicActor, List<Draft> drafts, long deadline) {
    List<Token> tokens = sentence.tokens();
    vagueShares(sentence, topicActor, drafts);
    for (int k = 0; k < tokens.size(); k++) {
      String w = tokens.get(k).norm();
      boolean nominal = Lexicon.CAPTURE_NOUNS.contains(w) && ofFollows(tokens, k);
      boolean fallingNow = Lexicon.FALLING_NOW.contains(w) && takerFollows(tokens, k);
      // "won back previously occupied areas": a general verb of gaining takes ground back.
      boolean wonBack =
          Lexicon.GAIN_NEEDS_NUMBER.contains(w)
              && k + 1 < tokens.size()
              && tokens.get(k + 1).is("back");
      boolean gain =
          (Lexicon.GAIN.contains(w) && !Lexicon.GAIN_NEEDS_NUMBER.contains(w))
              || wonBack
              || nominal
              || fallingNow
              || (w.equals("occupied") && occupiers(tokens, k - 1));
      boolean loss = Lexicon.LOSS.contains(w);
      boolean withdraw =
          Lexicon.WITHDRAW.contains(w)
              || ((Lexicon.FLEEING.contains(w) || Lexicon.LEAVING.contains(w))
                  && forcesFlee(tokens, k))
              || (Lexicon.GIVING_UP.contains(w)
                  && k + 1 < tokens.size()
                  && tokens.get(k + 1).is("up"));
      boolean relocate = Lexicon.RELOCATING.contains(w);
      boolean advance =
          Lexicon.ADVANCES.contains(w)
              || (Lexicon.PROGRESS.contains(w) && made(tokens, k) >= 0)
              || Lexicon.SECURING.contains(w)
              || Lexicon.STORMING.contains(w)
              || Lexicon.REACHING.contains(w)
              || Lexicon.ENTERING.contains(w)
              || (Lexicon.MOVING_ON.contains(w) && movingOn(tokens, k))
              || (Lexicon.CLOSING_IN.contains(w)
                  && k + 1 < tokens.size()
                  && tokens.get(k + 1).is("in"));
      boolean push = Lexicon.PUSH.contains(w) || Lexicon.REPEL.contains(w);
      if (w.equals("under") || inHands(tokens, k)) {
        RuleSupport.checkTime(deadline);
        underControl(sentence, k, drafts);
        continue;
      }
      if (w.equals("control")) {
        heldControl(sentence, k, topicActor, drafts);
      }
      if (Lexicon.REMAINING.contains(w)) {
        remained(sentence, k, topicActor, drafts);
      }
      if (!(gain || loss || withdraw || advance || push || relocate)) {
        continue;
      }
      RuleSupport.checkTime(deadline);
      // "forced Russian troops to withdraw": an infinitive after a causative is a fact; a
      // participle opening its clause ("shifted its focus to the east, moving troops away") is
      // not under the words before the comma.
      boolean asserted =
          !RuleSupport.blocked(tokens, k)
              || madeTo(tokens, k) != null
              || (w.endsWith("ing") && k > 0 && tokens.get(k - 1).is(","))
              || appearedTo(tokens, k);
      if (!asserted || adjectival(tokens, k) || gerundSubject(tokens, k) || fellAside(tokens, k)) {
        continue;
      }
      if ((gain || advance) && aimedGerund(tokens, k)) {
        continue;
      }
      // "the troops in Mariupol were taken prisoner": people taken, not the place.
      if (gain && k + 1 < tokens.size() && Lexicon.TAKEN_AS.contains(tokens.get(k + 1).norm())) {
        continue;
      }
      if (relocate) {
        movedAway(sentence, k, drafts);
        continue;
      }
      if (push && onlyPossible(tokens, k)) {
        continue;
      }
      if (push && pushedFrom(sentence, k, topicActor, drafts)) {
        continue;
      }
      if (!(gain || loss || withdraw || advance)) {
        continue;
      }
      if (advance) {
        advance(sentence, k, topicActor, drafts);
        continue;
      }
      // "the capture of Kherson" names an aim as often as an event.
      boolean aim =
          nominal
              ? !eventLed(tokens, k)
              : (w.equals("capture") || w.equals("recapture"))
                  && k > 0
                  && RuleSupport.determiner(tokens.get(k - 1));
      if (aim) {
        continue;
      }
      if (withdraw) {
        withdrawal(sentence, k, topicActor, drafts);
        continue;
      }
      if (gain && Lexicon.GAIN_WITH_PARTICLE.contains(w) && !particleFollows(tokens, k)) {
        continue;
      }
      Place object = objectPlace(sentence, k);
      boolean passive = false;
      if (object == null
          && (w.endsWith("ed")
              || w.endsWith("en")
              || Lexicon.FALLING.contains(w)
              || fallingNow
              || w.equals("lost"))) {
        object = subjectPlace(sentence, k, !Lexicon.FALLING.contains(w) && !fallingNow);
        passive = object != null;
      }
      // "seized most of Sievierodonetsk", "lost key areas of the Donbas" are a share or a part
      // of it, found by vagueShares.
      if (object != null && (gain || loss) && sharedObject(tokens, k)) {
        continue;
      }
      if (object == null) {
        object = relativeObject(sentence, k);
      }
      if (object == null && gain) {
        object = appositivePlace(sentence, k, topicActor);
        passive = object != null;
      }
      if (object == null && gain) {
        unnamedSettlements(sentence, k, topicActor, drafts);
        unnamedGround(sentence, k, topicActor, drafts);
        settlementsByKindTaken(sentence, k, topicActor, drafts);
      }
      if (object == null) {
        continue;
      }
      Side side =
          passive ? agentOf(sentence, k, topicActor) : Sides.actorOf(sentence, k, topicActor);
      drafts.add(
          new Draft(
              Draft.TERRITORIAL,
              gain ? "place_taken" : "place_lost",
              k,
              null,
              null,
              side.name(),
              side.inSentence(),
              object));
    }
  }

  /**
   * "Ukrainian forces appeared to have retaken Izium": hedged as "believed to" is, but a report of
   * what happened, not an aim.
   */
  private static boolean appearedTo(List<Token> tokens, int k) {
    int to = k > 1 && tokens.get(k - 1).is("have") ? k - 2 : k - 1;
    return to > 0
        && tokens.get(to).is("to")
        && Lexicon.APPEARING.contains(tokens.get(to - 1).norm());
  }

  /**
   * Whether a gerund is an aim: after such a preposition ("refocused its troops on capturing the
   * Donbas", "tasked with capturing Kyiv"), or joined to a gerund that is ("their mission of
   * encircling and then taking Kyiv").
   */
  private static boolean aimedGerund(List<Token> tokens, int k) {
    if (!tokens.get(k).norm().endsWith("ing")) {
      return false;
    }
    // "on the brink of fully capturing": an adverb may stand before the gerund.
    int g = k - 1;
    while (g >= 0 && tokens.get(g).norm().endsWith("ly")) {
      g--;
    }
    // "declared \"liberating\" the Donbas the main goal": a quoted gerund names a slogan or aim.
    if (g >= 0 && RuleSupport.isQuote(tokens.get(g))) {
      return true;
    }
    return g >= 0 && Lexicon.AIM_PREPOSITIONS.contains(tokens.get(g).norm())
        || joinedToAim(tokens, k, g);
  }

  /** "their mission of encircling and then taking Kyiv": a gerund joined to an aimed one. */
  private static boolean joinedToAim(List<Token> tokens, int k, int g) {
    for (int i = g; i >= Math.max(0, k - 6); i--) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        return false;
      }
      if (Lexicon.AIM_PREPOSITIONS.contains(t.norm())) {
        return tokens.get(i + 1).norm().endsWith("ing");
      }
    }
    return false;
  }

  /** A count without a number over tokens {@code first..last}: "most of", "practically under". */
  private static Quantity vague(int first, int last) {
    return new Quantity(first, last, first, null, null, null, "vague", null, null);
  }

  /** A territorial claim without a number, its value text the words {@code first..last}. */
  private static Draft vagueClaim(
      Sentence sentence, String kind, int anchor, int first, int last, String side, Place place) {
    return new Draft(
        Draft.TERRITORIAL,
        kind,
        anchor,
        vague(first, last),
        RuleSupport.text(sentence, first, last),
        side,
        true,
        place);
  }

  /** All of a place, 100 percent: "all of Luhansk", "full control of the Kherson region". */
  private static Quantity wholeShare(int first, int last) {
    return new Quantity(first, last, first + 1, 100.0, 100.0, 100.0, "exact", "percent", null);
  }

  /** Settlements taken without a count, over tokens {@code first..noun}: "several villages". */
  private static Draft settlementsTaken(
      Sentence sentence, int anchor, int first, int noun, String side) {
    String n = sentence.tokens().get(noun).norm();
    Quantity vague = new Quantity(first, noun, noun + 1, null, null, null, "vague", null, n);
    return new Draft(
        Draft.TERRITORIAL,
        "settlements_taken",
        anchor,
        vague,
        RuleSupport.text(sentence, first, noun),
        side,
        true,
        null);
  }

  /** Whether a share without a number follows the verb at {@code k}: "seized most of". */
  private static boolean sharedObject(List<Token> tokens, int k) {
    for (int i = k + 1; i + 1 < Math.min(tokens.size(), k + 4); i++) {
      String w = tokens.get(i).norm();
      if ((Lexicon.VAGUE_SHARES.contains(w) || Lexicon.AREA_PARTS.contains(w))
          && tokens.get(i + 1).is("of")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Shares and parts of ground without a number, held, taken or lost: "Russia has seized most of
   * Sievierodonetsk" and "his troops are still defending much of the town" are shares held;
   * "Russian forces control large swathes of the south" is ground held, "captured swathes of the
   * region" ground gained; "most of the region is under Russian control" a share held. "Much of the
   * city was destroyed" holds nothing.
   */
  private static void vagueShares(Sentence sentence, String topicActor, List<Draft> drafts) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      String w = tokens.get(i).norm();
      // "now hold all of Luhansk": the whole of it, 100 percent; "almost all of it" is a share
      // without a number.
      boolean nearly = i > 0 && Lexicon.PARTIAL_CONTROL.contains(tokens.get(i - 1).norm());
      boolean whole = w.equals("all") && !nearly;
      boolean share = w.equals("all") || Lexicon.VAGUE_SHARES.contains(w);
      if (!(share || Lexicon.AREA_PARTS.contains(w)) || !tokens.get(i + 1).is("of")) {
        continue;
      }
      if ((w.equals("bulk") || w.equals("majority")) && !(i > 0 && tokens.get(i - 1).is("the"))) {
        continue;
      }
      int groundEnd = groundEnd(sentence, i + 2);
      if (groundEnd < 0) {
        continue;
      }
      Place place = groundPlace(sentence, i + 2, groundEnd);
      int verb = nearly ? i - 2 : i - 1;
      while (verb >= Math.max(0, i - 4)
          && Lexicon.SHARE_FILLERS.contains(tokens.get(verb).norm())) {
        verb--;
      }
      String v = verb >= 0 ? tokens.get(verb).norm() : "";
      String kind = null;
      Side side = null;
      int anchor = verb;
      if (Lexicon.CONTROL.contains(v) || Lexicon.DEFENDING.contains(v)) {
        kind = share ? "control_share" : "area_controlled";
      } else if (Lexicon.GAIN.contains(v) && !Lexicon.GAIN_NEEDS_NUMBER.contains(v)) {
        // "try to break the defence and capture parts of the region": a bare verb is as often
        // an aim as an event, so only a past or a participle takes a share.
        if (!(v.endsWith("ed") || v.endsWith("en") || v.endsWith("ing") || v.endsWith("took"))) {
          continue;
        }
        kind = share ? "control_share" : "area_gained";
      } else if (Lexicon.LOSS.contains(v)) {
        kind = "area_lost";
      }
      if (kind != null) {
        // "its objective of taking all of Donetsk" is an aim.
        if (RuleSupport.blocked(tokens, verb)
            || adjectival(tokens, verb)
            || aimedGerund(tokens, verb)
            || (place == UKRAINE && !countryShare(tokens, verb, i))) {
          continue;
        }
        side = Sides.actorOf(sentence, verb, topicActor);
      } else {
        // "most of the region is still under Russian control", "remains in Ukrainian hands"
        anchor = heldAfter(tokens, groundEnd + 1);
        if (anchor < 0) {
          continue;
        }
        kind = share ? "control_share" : "area_controlled";
        String named = null;
        for (int s = groundEnd + 1; s < Math.min(tokens.size(), anchor + 4) && named == null; s++) {
          named = Actors.sideOf(tokens.get(s));
        }
        side = named != null ? new Side(named, true) : occupier(tokens, anchor, place);
      }
      if (side == null || side.name() == null) {
        continue;
      }
      drafts.add(
          new Draft(
              Draft.TERRITORIAL,
              kind,
              anchor,
              whole ? wholeShare(i, groundEnd) : vague(nearly ? i - 1 : i, groundEnd),
              RuleSupport.text(sentence, nearly ? i - 1 : i, groundEnd),
              side.name(),
              side.inSentence(),
              place));
    }
  }

  /**
   * A part of the country held or taken as an event: "captured large swathes of southern Ukraine",
   * "control large chunks of Ukraine". "All of Ukraine" is as a rule an aim ("rather than capturing
   * all of Ukraine"), and a participle before the part describes it ("Russian-occupied areas of
   * Ukraine", "forces occupying parts of Ukraine").
   */
  private static boolean countryShare(List<Token> tokens, int verb, int share) {
    String v = tokens.get(verb).norm();
    Token before = verb > 0 ? tokens.get(verb - 1) : null;
    // "Russia seized parts of", "troops have occupied parts of" tell the event; "now includes
    // occupied parts of", "Russian controlled areas of" describe the ground.
    boolean told =
        before != null
            && (Lexicon.BE_HAVE.contains(before.norm())
                || forcesWord(before)
                || Actors.sideNoun(before)
                || Lexicon.CLAUSE_OPENERS.contains(before.norm()));
    boolean attributive = verb == share - 1 && v.endsWith("ed") && !told;
    return !tokens.get(share).is("all") && !v.endsWith("ing") && !attributive;
  }

  /**
   * The last token of the ground a share is of, from {@code from}, or -1: "Sievierodonetsk", "the
   * key town of Sievierodonetsk", "the south", "this country"; not "the city's residents".
   */
  private static int groundEnd(Sentence sentence, int from) {
    List<Token> tokens = sentence.tokens();
    for (int i = from; i < Math.min(tokens.size(), from + 6); i++) {
      Token t = tokens.get(i);
      Gazetteer.Mention m = sentence.placeStarts()[i];
      if (m != null) {
        return tokens.get(m.last()).norm().endsWith("'s") ? -1 : m.last();
      }
      // "large chunks of Ukraine", "much of Ukraine's south": the country is no gazetteer place.
      boolean ground =
          Lexicon.SHARED_GROUND.contains(t.norm())
              || Lexicon.GROUND.contains(t.norm())
              || t.base().equals("ukraine")
              || (i > from && tokens.get(i - 1).is("the") && Lexicon.COMPASS.contains(t.norm()));
      boolean ofPlace =
          i + 2 < tokens.size()
              && tokens.get(i + 1).is("of")
              && sentence.placeStarts()[i + 2] != null;
      if (ground && !ofPlace) {
        return i;
      }
      if (!ground && !t.is("this") && !Lexicon.OBJECT_FILLERS.contains(t.norm())) {
        return -1;
      }
    }
    return -1;
  }

  /** The place of ground {@code from..end}: the place named, the country, or null. */
  private static Place groundPlace(Sentence sentence, int from, int end) {
    Gazetteer.Mention m = placeEndingAt(sentence, end);
    if (m != null) {
      return m.first() >= from ? m.place() : null;
    }
    Token t = sentence.tokens().get(end);
    return t.is("country") || t.base().equals("ukraine") ? UKRAINE : null;
  }

  /**
   * The holding word after ground, from {@code from}, or -1: "is still under Russian control",
   * "remains in Ukrainian hands", "is occupied".
   */
  private static int heldAfter(List<Token> tokens, int from) {
    int i = from;
    int links = 0;
    while (i < Math.min(tokens.size(), from + 4)
        && Lexicon.CONTROL_LINKS.contains(tokens.get(i).norm())
        && !tokens.get(i).is("not")) {
      i++;
      links++;
    }
    if (links == 0 || i >= tokens.size()) {
      return -1;
    }
    if (Lexicon.OCCUPATION.contains(tokens.get(i).norm())
        || Lexicon.UNOCCUPIED.contains(tokens.get(i).norm())
        || tokens.get(i).is("controlled")) {
      return i;
    }
    if (!(tokens.get(i).is("under") || tokens.get(i).is("in"))) {
      return -1;
    }
    for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
      if (Lexicon.CONTROL.contains(tokens.get(j).norm())) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The side holding ground whose holder is not named: the agent of "occupied by", else, for ground
   * in Ukraine, Russia under "occupation" and Ukraine where it "remains free".
   */
  private static Side occupier(List<Token> tokens, int k, Place place) {
    Side agent = Sides.byAgent(tokens, k);
    if (agent != null) {
      return agent;
    }
    if (place == null || !"Ukraine".equals(place.country())) {
      return null;
    }
    String w = tokens.get(k).norm();
    if (Lexicon.OCCUPATION.contains(w)) {
      return new Side(Actors.RUSSIA, true);
    }
    return Lexicon.UNOCCUPIED.contains(w) ? new Side(Actors.UKRAINE, true) : null;
  }

  /**
   * Control a side has over part of a place: "Russia said it had control of urban parts of the
   * city", "with Ukrainian forces maintaining control over just one area". Control of something
   * other than ground ("has control over its budget") is no claim.
   */
  private static void heldControl(Sentence sentence, int k, String topicActor, List<Draft> drafts) {
    List<Token> tokens = sentence.tokens();
    int verb = k - 1;
    while (verb >= 0 && Lexicon.CONTROL_ADJECTIVES.contains(tokens.get(verb).norm())) {
      verb--;
    }
    boolean whole = verb < k - 1 && Lexicon.WHOLE_CONTROL.contains(tokens.get(k - 1).norm());
    // "expanded their control over the city"
    if (verb > 0
        && Lexicon.FORCE_OWNERS.contains(tokens.get(verb).norm())
        && Lexicon.EXPANDING.contains(tokens.get(verb - 1).norm())) {
      verb--;
    }
    boolean expanded = verb >= 0 && Lexicon.EXPANDING.contains(tokens.get(verb).norm());
    boolean established =
        expanded || (verb >= 0 && Lexicon.ESTABLISHING.contains(tokens.get(verb).norm()));
    if (verb < 0
        || !(Lexicon.HAVING_CONTROL.contains(tokens.get(verb).norm()) || established)
        || k + 1 >= tokens.size()
        || !(tokens.get(k + 1).is("of")
            || tokens.get(k + 1).is("over")
            || (expanded && tokens.get(k + 1).is("to")))
        || RuleSupport.blocked(tokens, verb)
        || unachieved(tokens, verb)) {
      return;
    }
    int ground = -1;
    for (int i = k + 2; i < Math.min(tokens.size(), k + 7) && ground < 0; i++) {
      Token t = tokens.get(i);
      if (sentence.placeStarts()[i] != null || Lexicon.HELD_GROUND.contains(t.norm())) {
        ground = i;
      } else if (!Lexicon.OBJECT_FILLERS.contains(t.norm())
          && !Lexicon.SHARE_FILLERS.contains(t.norm())
          && !Lexicon.FEW_OF.contains(t.norm())) {
        return;
      }
    }
    if (ground < 0) {
      return;
    }
    Side side = Sides.actorOf(sentence, verb, topicActor);
    if (side.name() == null || !side.inSentence()) {
      return;
    }
    Place place = placeAt(sentence, ground);
    int last = ground;
    if (place == null) {
      place = placeAfter(sentence, ground + 1);
    } else {
      last = sentence.placeStarts()[ground].last();
    }
    // "established full control over Peski" takes the place, "regained control of the city" the
    // one named before; over "areas of" it gains ground.
    if (established) {
      String groundWord = tokens.get(ground).norm();
      boolean areas =
          Lexicon.HELD_GROUND.contains(groundWord)
              && !Lexicon.SETTLEMENT_KINDS.contains(groundWord);
      boolean namedBefore =
          Lexicon.SETTLEMENT_KINDS.contains(groundWord)
              && tokens.get(ground - 1).is("the")
              && placeAfter(sentence, ground + 1) == null;
      if (whole && place != null && place.region() && !areas) {
        // "gained full control of the Kherson region": the whole region, as "all of" is.
        drafts.add(
            new Draft(
                Draft.TERRITORIAL,
                "control_share",
                k,
                wholeShare(k - 1, last),
                RuleSupport.text(sentence, k - 1, last),
                side.name(),
                true,
                place));
      } else if (place != null || namedBefore || areas) {
        // "gained control of areas of the south": ground gained, wherever the words put it.
        drafts.add(
            new Draft(
                Draft.TERRITORIAL,
                areas ? "area_gained" : "place_taken",
                k,
                null,
                null,
                side.name(),
                true,
                place));
      }
      return;
    }
    drafts.add(vagueClaim(sentence, "area_controlled", k, k + 2, last, side.name(), place));
  }

  /**
   * A place under a side's control: "Kherson remains under Russian control" is held; "back under
   * Ukrainian control", "under the control of Kyiv once again" and "fell under" are taken; in "the
   * last part of the city not under Russian control" the side holds the rest of the city.
   * Background phrases without a verb ("areas under Russian control") are no claim.
   */
  private static void underControl(Sentence sentence, int k, List<Draft> drafts) {
    List<Token> tokens = sentence.tokens();
    int i = k + 1 < tokens.size() && tokens.get(k + 1).is("the") ? k + 2 : k + 1;
    String side = null;
    int end = -1;
    if (inHands(tokens, k) || (i + 1 < tokens.size() && tokens.get(i + 1).is("control"))) {
      side = Actors.sideOf(tokens.get(i));
      end = i + 1;
    } else if (i + 2 < tokens.size() && tokens.get(i).is("control") && tokens.get(i + 1).is("of")) {
      side = Actors.sideOf(tokens.get(i + 2));
      end = i + 2;
    }
    if (side == null) {
      return;
    }
    boolean negated = false;
    boolean retaken =
        end + 1 < tokens.size() && Lexicon.RETAKEN.contains(tokens.get(end + 1).norm());
    retaken |= end + 2 < tokens.size() && Lexicon.RETAKEN.contains(tokens.get(end + 2).norm());
    boolean partial = k > 0 && Lexicon.PARTIAL_CONTROL.contains(tokens.get(k - 1).norm());
    int j = partial ? k - 2 : k - 1;
    if (partial && j >= 0 && RuleSupport.isQuote(tokens.get(j))) {
      j--;
    }
    int beforeLinks = j;
    while (j >= Math.max(0, k - 7) && Lexicon.CONTROL_LINKS.contains(tokens.get(j).norm())) {
      negated |= tokens.get(j).is("not");
      retaken |= Lexicon.RETAKEN.contains(tokens.get(j).norm());
      j--;
    }
    // "could soon be under": the words before the link; "not" is read below.
    if (RuleSupport.blocked(tokens, j + 1)) {
      return;
    }
    if (partial) {
      // "the road was practically under Ukrainian control": a share without a number, of the
      // place before or else of the place the article is about. A link must say it is so.
      if (j == beforeLinks || negated) {
        return;
      }
      Gazetteer.Mention held = j >= 0 ? placeEndingAt(sentence, j) : null;
      drafts.add(
          vagueClaim(
              sentence, "control_share", k, k - 1, end, side, held == null ? null : held.place()));
      return;
    }
    if (negated) {
      for (int p = Math.max(0, j - 4); p <= j; p++) {
        if (Lexicon.LAST_PART.contains(tokens.get(p).norm())) {
          drafts.add(
              new Draft(Draft.TERRITORIAL, "area_controlled", k, null, null, side, true, null));
          return;
        }
      }
      return;
    }
    // "Mariupol, which is now under Russian control": the place the relative clause is about.
    if (j >= 1 && (tokens.get(j).is("which") || tokens.get(j).is("that")) && j < k - 1) {
      j = tokens.get(j - 1).is(",") ? j - 2 : j - 1;
    }
    Gazetteer.Mention m = j >= 0 && j < k - 1 ? placeEndingAt(sentence, j) : null;
    // "during the time that Bucha was under Russian control" dates something else; "95% of
    // Luhansk is under Russian control" and "most of the Kherson region is under" are the share
    // the number or vagueShares makes.
    int before = m == null ? -1 : m.first() - 1;
    if (before > 0 && tokens.get(before).is("the")) {
      before--;
    }
    // "the city of Donetsk is now under" names the place, no share of it.
    boolean share =
        before >= 0
            && tokens.get(before).is("of")
            && !(before > 0 && Lexicon.SETTLEMENT_KINDS.contains(tokens.get(before - 1).norm()));
    if (m == null || (before >= 0 && timeClause(tokens, before)) || share) {
      return;
    }
    // "the towns of Izium and Lyman are under", "Balakleya, Izium and Kupiansk have come under":
    // the first place of the list.
    Place listed =
        m.first() > 1 && tokens.get(m.first() - 1).is("and") ? listedPlace(sentence, j) : null;
    Place place = listed != null ? listed : m.place();
    drafts.add(
        new Draft(
            Draft.TERRITORIAL,
            retaken ? "place_taken" : "area_controlled",
            k,
            null,
            null,
            side,
            true,
            place));
  }

  /** "when", "while", "the time that": a clause that says when something else happened. */
  private static boolean timeClause(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return Lexicon.TIME_CLAUSES.contains(t.norm())
        || (t.is("that") && i > 0 && Lexicon.TIME_CLAUSES.contains(tokens.get(i - 1).norm()));
  }

  /**
   * Whether a capture named as a noun happened: "after the fall of Mariupol", "this follows the
   * liberation of Trostianets", "learned of the recapture of", or the side that made it is named
   * with it ("the Russian capture of Zaporizhzhia", "the recent recapture of Kherson").
   */
  private static boolean eventLed(List<Token> tokens, int k) {
    int i = k - 1;
    boolean told = false;
    // "claimed the \"liberation\" of Mariupol": quotes around the noun say nothing of the event.
    if (i >= 0 && RuleSupport.isQuote(tokens.get(i))) {
      i--;
    }
    while (i >= Math.max(0, k - 4)
        && (RuleSupport.determiner(tokens.get(i))
            || Actors.sideOf(tokens.get(i)) != null
            || Lexicon.DONE.contains(tokens.get(i).norm()))) {
      told |= Actors.sideOf(tokens.get(i)) != null || Lexicon.DONE.contains(tokens.get(i).norm());
      i--;
    }
    if (i >= 1 && tokens.get(i).is("of")) {
      i--;
    }
    return told || (i >= 0 && Lexicon.EVENT_LEADS.contains(tokens.get(i).norm()));
  }

  /** "the capture of", and "the \"liberation\" of" where the noun is quoted as the claimant's. */
  private static boolean ofFollows(List<Token> tokens, int k) {
    int i = k + 1 < tokens.size() && RuleSupport.isQuote(tokens.get(k + 1)) ? k + 2 : k + 1;
    return i < tokens.size() && tokens.get(i).is("of");
  }

  /** "falling to Kyiv", "falls to Russian forces": the side a place falls to follows. */
  private static boolean takerFollows(List<Token> tokens, int k) {
    if (k + 1 >= tokens.size() || !tokens.get(k + 1).is("to")) {
      return false;
    }
    for (int i = k + 2; i < Math.min(tokens.size(), k + 5); i++) {
      if (Actors.sideOf(tokens.get(i)) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Forces pushed off a place: "Ukrainian troops drove Russian forces out of Kherson" takes the
   * place for the subject's side; "pushing Moscow's units back from Kharkiv" and "Russian troops
   * were driven out of Bucha" are the withdrawal of the side pushed, the subject's enemy when the
   * troops pushed have no side. Returns whether the verb was read so (a place follows "out of",
   * "away from" or "back from").
   */
  private static boolean pushedFrom(
      Sentence sentence, int k, String topicActor, List<Draft> drafts) {
    List<Token> tokens = sentence.tokens();
    int particle = -1;
    for (int i = k + 1; i + 2 < Math.min(tokens.size(), k + 8) && particle < 0; i++) {
      Token t = tokens.get(i);
      // "forced to withdraw from Kherson": the place belongs to the verb after "to".
      if (t.is("to") || !t.isWord()) {
        break;
      }
      String pair = t.norm() + " " + tokens.get(i + 1).norm();
      if (pair.equals("out of") || pair.equals("away from") || pair.equals("back from")) {
        particle = i;
      } else if (t.is("from") && repelledFrom(tokens, k, i)) {
        particle = i;
      }
    }
    int placeAt = particle < 0 || tokens.get(particle).is("from") ? particle + 1 : particle + 2;
    Place place = particle < 0 ? null : placeAfter(sentence, placeAt);
    if (place == null) {
      return pushedOffGround(sentence, k, topicActor, drafts);
    }
    String pushed = null;
    for (int i = k + 1; i < particle && pushed == null; i++) {
      pushed = Actors.sideOf(tokens.get(i));
    }
    String subject = subjectSide(tokens, k);
    // "were pushed back from Kyiv", "its forces pushed back from Kyiv", "are getting pushed away":
    // no object between the verb and its particle, so the subject was pushed. "are pushing the
    // Russians out" is active.
    boolean passive = particle == k + 1;
    String kind;
    String side;
    if (passive) {
      kind = "withdrawal";
      side = subject;
    } else if (tokens.get(particle).is("out") && !underway(tokens, k)) {
      // With two sides, the side pushed out names the taker more surely than a subject far back.
      kind = "place_taken";
      side = pushed != null ? Actors.opposite(pushed) : subject;
    } else {
      kind = "withdrawal";
      side = pushed != null ? pushed : Actors.opposite(subject);
    }
    if (side != null) {
      drafts.add(new Draft(Draft.TERRITORIAL, kind, k, null, null, side, true, place));
    }
    return true;
  }

  /**
   * "were repelled from Kyiv", "repulsed Russian troops from Kharkiv", "pushed its forces from
   * Kharkiv": verbs of repelling take the place with "from" alone, right after them or after the
   * troops they repel, and verbs of pushing after the troops ("repelled an attack from the north"
   * names where the attack came from, "forced civilians from their homes" no ground left).
   */
  private static boolean repelledFrom(List<Token> tokens, int k, int from) {
    boolean repel = Lexicon.REPEL.contains(tokens.get(k).norm());
    boolean troops = false;
    for (int i = k + 1; i < from; i++) {
      Token t = tokens.get(i);
      boolean force = Actors.sideOf(t) != null || Lexicon.FORCE_NOUNS.contains(t.base());
      troops |= force;
      if (!force && !RuleSupport.determiner(t) && !Lexicon.FORCE_OWNERS.contains(t.norm())) {
        return false;
      }
    }
    return repel || troops;
  }

  /**
   * Whether a push is under way rather than done: "were gradually pushing Russian forces out of
   * Kharkiv" has not taken the place yet, "after pushing them out of Kherson" has.
   */
  private static boolean underway(List<Token> tokens, int k) {
    return tokens.get(k).norm().endsWith("ing")
        && !(k > 0 && Lexicon.EVENT_LEADS.contains(tokens.get(k - 1).norm()));
  }

  /** "no talks until Moscow's forces are pushed back": a condition or demand, no event. */
  private static boolean demandedBefore(List<Token> tokens, int k) {
    return RuleSupport.mentionsBetween(tokens, k - 6, k, Lexicon.DEMANDS);
  }

  /**
   * "troops withdrew", "the soldiers have retreated": forces with no side, right before the verb.
   */
  private static boolean bareForcesSubject(List<Token> tokens, int k) {
    int i = k - 1;
    while (i >= 0 && Lexicon.BE_HAVE.contains(tokens.get(i).norm())) {
      i--;
    }
    return i >= 0
        && Lexicon.FORCE_NOUNS.contains(tokens.get(i).norm())
        && (i == 0
            || (!tokens.get(i - 1).isWord() && !tokens.get(i - 1).isNumber())
            || RuleSupport.determiner(tokens.get(i - 1))
            || Lexicon.CLAUSE_OPENERS.contains(tokens.get(i - 1).norm())
            || Lexicon.AFTER_EVENT.contains(tokens.get(i - 1).norm()));
  }

  /** "Its forces appear to have been pushed back": a side's forces named by a pronoun. */
  private static boolean ownForcesBefore(List<Token> tokens, int k) {
    for (int i = Math.max(0, k - 8); i + 1 < k; i++) {
      if (Lexicon.FORCE_OWNERS.contains(tokens.get(i).norm())
          && Lexicon.FORCE_NOUNS.contains(tokens.get(i + 1).base())) {
        return true;
      }
    }
    return false;
  }

  /** The side named last before the verb at {@code k}, leaving out objects of prepositions. */
  private static String subjectSide(List<Token> tokens, int k) {
    for (int i = k - 1; i >= Math.max(0, k - RuleSupport.SUBJECT_REACH); i--) {
      String side = Actors.sideOf(tokens.get(i));
      if (side != null && !Sides.objectOfPreposition(tokens, i)) {
        return side;
      }
    }
    return null;
  }

  /**
   * Forces pushed without a place named: "pushed Russian soldiers back" is their withdrawal;
   * "pushing back the enemy on some streets" and "driving the Russians from a swath of the city
   * centre" gain the pusher part of the ground. The pushed must be troops or a side, so that
   * "pushed back the deadline" is nothing. Returns whether a draft was made.
   */
  private static boolean pushedOffGround(
      Sentence sentence, int k, String topicActor, List<Draft> drafts) {
    List<Token> tokens = sentence.tokens();
    // "its forces have been pushed back after a failed counterattack": the subject's forces
    // withdraw, with no place named.
    // "are driving back the Russians" is active: only a participle is passive.
    String verb = tokens.get(k).norm();
    if (k > 0
        && k + 1 < tokens.size()
        && tokens.get(k + 1).is("back")
        && (verb.endsWith("ed") || verb.endsWith("en"))
        && Lexicon.PASSIVE_AUXILIARIES.contains(tokens.get(k - 1).norm())) {
      // The subject was pushed; "by Ukrainian forces" after the verb is who pushed it. "Its
      // forces" are those of the side the sentences before are about.
      String subject = subjectSide(tokens, k);
      if (subject == null && ownForcesBefore(tokens, k)) {
        subject = topicActor;
      }
      if (subject == null
          || !forcesNear(tokens, k)
          || RuleSupport.blocked(tokens, k)
          || demandedBefore(tokens, k)) {
        return false;
      }
      drafts.add(new Draft(Draft.TERRITORIAL, "withdrawal", k, null, null, subject, true, null));
      return true;
    }
    int end = Math.min(tokens.size(), k + 8);
    String pushed = null;
    boolean troops = false;
    boolean back = false;
    boolean part = false;
    for (int i = k + 1; i < end; i++) {
      Token t = tokens.get(i);
      // "pushed back against Russian claims": the troops are the verb's object, before any
      // preposition.
      boolean preposition = Lexicon.PREPOSITIONS.contains(t.norm());
      if (!t.isWord() || t.is("and") || (preposition && !troops)) {
        break;
      }
      String side = Actors.sideOf(t);
      pushed = pushed != null ? pushed : side;
      // "pushing the Russian economy back": a side's thing other than its forces is no troops.
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      boolean sideAlone =
          side != null
              && (next == null
                  || !next.isWord()
                  || Lexicon.FORCE_NOUNS.contains(next.base())
                  || Lexicon.FRONTS.contains(next.norm())
                  || Lexicon.PREPOSITIONS.contains(next.norm())
                  || next.is("back")
                  || next.is("out")
                  || next.is("and"));
      troops |=
          sideAlone || Lexicon.FORCE_NOUNS.contains(t.base()) || Lexicon.ENEMY.contains(t.norm());
      back |= t.is("back");
      // "on some streets", "from a swath of": a part of the ground, after the troops.
      part |=
          troops
              && Lexicon.GROUND_PARTS.contains(t.norm())
              && (tokens.get(i - 1).is("some")
                  || tokens.get(i - 1).is("several")
                  || i + 1 < tokens.size() && tokens.get(i + 1).is("of"));
    }
    if (!troops || !(back || part)) {
      return false;
    }
    String subject = subjectSide(tokens, k);
    String kind = part ? "area_gained" : "withdrawal";
    String side =
        part
            ? (subject != null ? subject : Actors.opposite(pushed))
            : (pushed != null ? pushed : Actors.opposite(subject));
    if (side == null) {
      return false;
    }
    drafts.add(new Draft(Draft.TERRITORIAL, kind, k, null, null, side, true, null));
    return true;
  }

  /**
   * The side of troops made to act: "forced Russian troops to withdraw", "with thousands of Russian
   * soldiers forced to retreat". Null unless "to" before {@code k} follows such troops.
   */
  private static String madeTo(List<Token> tokens, int k) {
    if (k < 3 || !tokens.get(k - 1).is("to")) {
      return null;
    }
    int i = k - 2;
    boolean causative = Lexicon.CAUSATIVES.contains(tokens.get(i).norm());
    if (causative) {
      i--;
      while (i > 0 && Lexicon.BE_HAVE.contains(tokens.get(i).norm())) {
        i--;
      }
    }
    // The troops: their nouns, then the word naming their side.
    int first = i;
    while (first > 0 && i - first < 2 && Lexicon.FORCE_NOUNS.contains(tokens.get(first).base())) {
      first--;
    }
    String side = Actors.sideOf(tokens.get(first));
    if (side == null) {
      return null;
    }
    return causative || (first > 0 && Lexicon.CAUSATIVES.contains(tokens.get(first - 1).norm()))
        ? side
        : null;
  }

  /**
   * Whether a withdrawal, a push or an advance is only asked for or possible: the side that would
   * act is followed by a modal or "to" ("Russia can stop the fighting, pull back its troops",
   * "called for Russia to immediately withdraw", "Ukraine will be able to drive them out of
   * Donbas", "Russian troops may close in on Dnipro").
   */
  private static boolean onlyPossible(List<Token> tokens, int k) {
    for (int i = k - 1; i >= Math.max(0, k - 8); i--) {
      if (Actors.sideOf(tokens.get(i)) == null) {
        continue;
      }
      // "demanded that Russian troops leave the plant": a demand, its verb bare.
      if (i > 1
          && tokens.get(i - 1).is("that")
          && Lexicon.DEMANDS.contains(tokens.get(i - 2).norm())) {
        return true;
      }
      int next = i + 1;
      while (next < k && Lexicon.FORCE_NOUNS.contains(tokens.get(next).base())) {
        next++;
      }
      return next < k && Lexicon.MODAL_VERBS.contains(tokens.get(next).text());
    }
    return false;
  }

  /**
   * Ground gained at a named place without a number: "Russia made gains in the Donbas region",
   * "pro-Russian forces advanced towards the centre of Bakhmut", "Ukraine gained ground in the
   * Kharkiv region", "troops closed in on Kyiv", "paratroopers stormed into Irpin", "troops reached
   * the outskirts of Kyiv", "gains in the country's east". Without a place ("made gains in the
   * polls") or a side, or when denied, no claim; an advance by a distance ("advanced 70
   * kilometres") and troops reaching a border gain ground where the context says.
   */
  private static void advance(Sentence sentence, int k, String topicActor, List<Draft> drafts) {
    List<Token> tokens = sentence.tokens();
    String w = tokens.get(k).norm();
    if (deniedBefore(tokens, k) || onlyPossible(tokens, k) || prevented(tokens, k)) {
      return;
    }
    // "lost 40% of the territory it previously gained in Kursk Oblast": the gain only names the
    // ground another claim is about.
    for (int i = Math.max(0, k - 4); i < k; i++) {
      if (Lexicon.GROUND.contains(tokens.get(i).norm())) {
        return;
      }
    }
    boolean storming = Lexicon.STORMING.contains(w);
    boolean reaching = Lexicon.REACHING.contains(w);
    boolean movingOn = Lexicon.MOVING_ON.contains(w);
    boolean entering = Lexicon.ENTERING.contains(w);
    // Crowds storm rooms, trains reach borders and prices push higher: only troops gain ground so.
    if ((storming || reaching || movingOn || entering) && !forcesNear(tokens, k)) {
      return;
    }
    Place place;
    boolean placed = true;
    String distanceText = null;
    if (entering) {
      // "entered Ukraine" is the invasion, no ground of its own.
      place = notCountry(objectPlace(sentence, k));
    } else if (reaching) {
      place = notCountry(objectPlace(sentence, k));
      placed = !borderAfter(tokens, k);
    } else if (Lexicon.ADVANCES.contains(w) && distanceAfter(tokens, k) >= 0) {
      place = null;
      placed = false;
      // The distance stays as the claim's words, so that an advance of 70 km is not taken for a
      // restatement of a gain in the region told before.
      int distance = distanceAfter(tokens, k);
      distanceText = RuleSupport.text(sentence, distance, distance + 1);
    } else if (storming) {
      // Right after its preposition: "burst into a family's home in the Kyiv region" takes no
      // ground. "Fighting broke out in Kharkiv after troops stormed in from the outskirts": into
      // the place named before; a place after "in from" is where they came from.
      boolean preposition =
          k + 1 < tokens.size() && Lexicon.ADVANCE_PREPOSITIONS.contains(tokens.get(k + 1).norm());
      place = preposition ? notCountry(placeAfter(sentence, k + 2)) : null;
      if (place == null && preposition && tokens.get(k + 1).is("in")) {
        place = notCountry(placeBefore(sentence, k));
      }
    } else {
      place = placeAfterPreposition(sentence, Lexicon.CLOSING_IN.contains(w) ? k + 2 : k + 1);
      // "Russia has seized most of Sievierodonetsk and is making steady local gains": gains made
      // without a preposition are at the place the sentence names.
      if (place == null && made(tokens, k) >= 0) {
        place = notCountry(RuleSupport.nearestPlace(sentence, k));
      }
    }
    if (Lexicon.SECURING.contains(w)) {
      // "secured a key route in eastern Kharkiv": ground secured, where the context says.
      int ground = securedGround(tokens, k);
      if (ground < 0 || !forcesNear(tokens, k)) {
        return;
      }
      place = notCountry(placeAfterPreposition(sentence, ground + 1));
      placed = false;
    }
    if (placed && place == null) {
      return;
    }
    // "With Russian forces making slow progress": the side is the subject of the making.
    int making = made(tokens, k);
    if (making >= 0 && unmade(tokens, making, k)) {
      return;
    }
    Side side = Sides.actorOf(sentence, making >= 0 ? making : k, topicActor);
    if (side.name() == null || !side.inSentence()) {
      return;
    }
    drafts.add(
        new Draft(
            Draft.TERRITORIAL, "area_gained", k, null, distanceText, side.name(), true, place));
  }

  /**
   * Whether a verb of {@link Lexicon#MOVING_ON} moves forces on: a word of direction follows
   * ("pressing toward", "pushed deeper into", "inching closer to"), or for "advance" itself a place
   * preposition, and "advance" is a verb of its subject, not a noun or an aim ("the advance on
   * Kyiv", "tried to advance").
   */
  private static boolean movingOn(List<Token> tokens, int k) {
    int next = k + 1;
    while (next < tokens.size() && Lexicon.DEEPER.contains(tokens.get(next).norm())) {
      next++;
    }
    if (next >= tokens.size()) {
      return false;
    }
    String w = tokens.get(k).norm();
    Token before = k > 0 ? tokens.get(k - 1) : null;
    if (w.equals("advance")) {
      // A verb only after its plural subject ("as Russian forces advance in"); after anything
      // else it is the noun ("the Russian advance on Kyiv") or an aim ("tried to advance").
      boolean subject =
          before != null
              && (before.is("they")
                  || ((forcesWord(before) || Actors.sideOf(before) != null)
                      && before.norm().endsWith("s")));
      return subject && Lexicon.ADVANCE_PREPOSITIONS.contains(tokens.get(next).norm());
    }
    if (w.equals("advancing")) {
      // "capable of advancing", "kept from advancing" name no advance made.
      boolean aimed = before != null && (before.is("of") || before.is("from"));
      return !aimed && Lexicon.ADVANCE_PREPOSITIONS.contains(tokens.get(next).norm());
    }
    return Lexicon.ONWARD.contains(tokens.get(next).norm());
  }

  /**
   * Forces that remain in a place hold it: "Russian troops remain in the city", "Ukrainian troops
   * remain in control of an industrial area of Sievierodonetsk". Troops staying in a country
   * ("remain in Belarus after the drills") hold no ground of the war.
   */
  private static void remained(Sentence sentence, int k, String topicActor, List<Draft> drafts) {
    List<Token> tokens = sentence.tokens();
    if (k + 2 >= tokens.size()
        || !tokens.get(k + 1).is("in")
        || RuleSupport.blocked(tokens, k)
        || !RuleSupport.mentionsBetween(tokens, k - 4, k, Lexicon.FORCE_NOUNS)) {
      return;
    }
    int at = k + 2;
    boolean control = tokens.get(at).is("control") && at + 1 < tokens.size();
    if (control) {
      at = tokens.get(at + 1).is("of") || tokens.get(at + 1).is("over") ? at + 2 : -1;
      if (at < 0) {
        return;
      }
    }
    if (at < tokens.size() && tokens.get(at).is("the")) {
      at++;
    }
    Place place = null;
    boolean ground = false;
    for (int i = at; i < Math.min(tokens.size(), at + 6) && place == null; i++) {
      place = placeAt(sentence, i);
      String word = tokens.get(i).norm();
      ground |= Lexicon.SETTLEMENT_KINDS.contains(word) || Lexicon.HELD_GROUND.contains(word);
      if (!tokens.get(i).isWord()) {
        break;
      }
    }
    // The side is the forces' own ("Russian troops remain"): "resistance fighters remain" in a
    // sentence about Putin are no Russian forces.
    String side = Sides.sideBefore(tokens, k - 1, k - 5);
    if ((ground || notCountry(place) != null) && side != null) {
      drafts.add(new Draft(Draft.TERRITORIAL, "area_controlled", k, null, null, side, true, place));
    }
  }

  /** "in Ukrainian hands": the words of "under Ukrainian control" with "in" at {@code k}. */
  private static boolean inHands(List<Token> tokens, int k) {
    int side = k + 1 < tokens.size() && tokens.get(k + 1).is("the") ? k + 2 : k + 1;
    return tokens.get(k).is("in")
        && side + 1 < tokens.size()
        && tokens.get(side + 1).is("hands")
        && Actors.sideOf(tokens.get(side)) != null;
  }

  /** The verb of making shortly before a noun of advance, or -1: "made slow progress". */
  private static int made(List<Token> tokens, int k) {
    for (int i = k - 1; i >= Math.max(0, k - 4); i--) {
      if (Lexicon.MAKING.contains(tokens.get(i).norm())) {
        return i;
      }
      if (tokens.get(i).is(".") || Lexicon.PREPOSITIONS.contains(tokens.get(i).norm())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether an advance made is denied: "have not been able to make significant progress", "has made
   * few advances", "failed to make gains".
   */
  private static boolean unmade(List<Token> tokens, int making, int k) {
    for (int i = making + 1; i < k; i++) {
      if (tokens.get(i).is("few") && !tokens.get(i - 1).is("a")) {
        return true;
      }
    }
    for (int i = making - 1; i >= Math.max(0, making - 5); i--) {
      Token t = tokens.get(i);
      if (t.is(",") || t.is(".")) {
        return false;
      }
      if (Lexicon.DENIALS.contains(t.norm())
          || Lexicon.UNABLE.contains(t.norm())
          || t.norm().endsWith("n't")) {
        return true;
      }
    }
    return false;
  }

  /** The ground noun a verb of securing takes, a few words after it, or -1: "a key route". */
  private static int securedGround(List<Token> tokens, int k) {
    for (int i = k + 1; i < Math.min(tokens.size(), k + 5); i++) {
      if (Lexicon.SECURED_GROUND.contains(tokens.get(i).norm())) {
        return i;
      }
      if (!tokens.get(i).isWord() || Lexicon.PREPOSITIONS.contains(tokens.get(i).norm())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The place of an advance after its preposition, from {@code from} on: "in the Donbas", "further
   * towards Bakhmut", "on the Ukrainian capital of Kyiv", "in a battle for the country's east".
   */
  private static Place placeAfterPreposition(Sentence sentence, int from) {
    List<Token> tokens = sentence.tokens();
    int preposition = from;
    while (preposition < Math.min(tokens.size(), from + 2)
        && Lexicon.ADVANCE_FILLERS.contains(tokens.get(preposition).norm())) {
      preposition++;
    }
    // "edging closer to Kyiv": "to" puts an advance at a place only after "closer".
    boolean closerTo =
        preposition > from
            && preposition < tokens.size()
            && tokens.get(preposition).is("to")
            && tokens.get(preposition - 1).is("closer");
    if (preposition >= tokens.size()
        || !(closerTo || Lexicon.ADVANCE_PREPOSITIONS.contains(tokens.get(preposition).norm()))) {
      return null;
    }
    // "gained territory in the east but ...": the east, unless a place is named after it.
    Place compassPart = null;
    for (int i = preposition + 1; i < Math.min(tokens.size(), preposition + 9); i++) {
      // "a breakthrough in talks in Istanbul" is no ground.
      if (tokens.get(i).is(",")
          || tokens.get(i).is(".")
          || tokens.get(i).is(";")
          || Lexicon.NON_GROUND.contains(tokens.get(i).norm())) {
        return compassPart;
      }
      Place place = placeAt(sentence, i);
      // "advances in Ukraine": a whole country is no place gained, a part of it is, and so is
      // "the east" alone ("made steady progress in the east").
      if (partOfCountry(tokens, i) || bareCompass(tokens, preposition, i)) {
        return place != null ? place : UKRAINE;
      }
      if (compassBeforeWords(tokens, preposition, i)) {
        compassPart = UKRAINE;
      }
      if (place != null) {
        return notCountry(place);
      }
    }
    return compassPart;
  }

  /**
   * "in the east", "in the east and south": a part of the country the war is in, named by its
   * direction alone right after the preposition; "the East China Sea" goes on with a name.
   */
  private static boolean bareCompass(List<Token> tokens, int preposition, int i) {
    return theCompass(tokens, preposition, i)
        && (i + 1 >= tokens.size()
            || !tokens.get(i + 1).isWord()
            || tokens.get(i + 1).is("and")
            || tokens.get(i + 1).is("of"));
  }

  /** "in the east but", "in the east last month": the east, with words of the clause after it. */
  private static boolean compassBeforeWords(List<Token> tokens, int preposition, int i) {
    return theCompass(tokens, preposition, i)
        && i + 1 < tokens.size()
        && tokens.get(i + 1).isWord()
        && !tokens.get(i + 1).isCapitalised();
  }

  /** "the east" right after the preposition. */
  private static boolean theCompass(List<Token> tokens, int preposition, int i) {
    return i == preposition + 2
        && tokens.get(i - 1).is("the")
        && Lexicon.COMPASS.contains(tokens.get(i).norm());
  }

  /** "the country's east", "Ukraine's south", "eastern Ukraine". */
  private static boolean partOfCountry(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    boolean country = t.base().equals("country") || t.base().equals("ukraine");
    boolean owned =
        t.norm().endsWith("'s")
            && i + 1 < tokens.size()
            && Lexicon.COMPASS.contains(tokens.get(i + 1).norm());
    boolean qualified = i > 0 && Lexicon.COMPASS_ADJECTIVES.contains(tokens.get(i - 1).norm());
    return country && (owned || qualified);
  }

  /** The place, unless it is a whole country. */
  private static Place notCountry(Place place) {
    return place == null || place.name().equals(place.country()) ? null : place;
  }

  /**
   * Control not won: "stop Russia from gaining control", "Gaining control of Balakliia could",
   * "their aim of gaining control", "has all but gained control".
   */
  private static boolean unachieved(List<Token> tokens, int verb) {
    boolean gerund = tokens.get(verb).norm().endsWith("ing");
    return (gerund && verb > 0 && tokens.get(verb - 1).is("from"))
        || gerundSubject(tokens, verb)
        || aimedGerund(tokens, verb)
        || (verb > 1 && tokens.get(verb - 1).is("but") && tokens.get(verb - 2).is("all"));
  }

  /** "prevent Russian forces from storming in", "stop them from reaching the border". */
  private static boolean prevented(List<Token> tokens, int k) {
    if (k < 2 || !tokens.get(k - 1).is("from")) {
      return false;
    }
    return RuleSupport.mentionsBetween(tokens, k - 7, k - 1, Lexicon.PREVENTING);
  }

  /** "reached the border", "reached the state border with Russia". */
  private static boolean borderAfter(List<Token> tokens, int k) {
    return RuleSupport.mentionsBetween(tokens, k + 1, k + 4, Lexicon.BORDERS);
  }

  /** "advanced 70 kilometres", "advanced up to 2 km": a distance, not an area. */
  private static int distanceAfter(List<Token> tokens, int k) {
    for (int i = k + 1; i + 1 < Math.min(tokens.size(), k + 5); i++) {
      if (Quantities.startsNumber(tokens, i)) {
        return Lexicon.DISTANCE_UNITS.contains(tokens.get(i + 1).norm()) ? i : -1;
      }
      if (!tokens.get(i).isWord()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether one of the three words before {@code k} denies it: "no gains", "not any withdrawal".
   */
  private static boolean deniedBefore(List<Token> tokens, int k) {
    return RuleSupport.mentionsBetween(tokens, k - 3, k, Lexicon.DENIALS);
  }

  private static void withdrawal(Sentence sentence, int k, String topicActor, List<Draft> drafts) {
    List<Token> tokens = sentence.tokens();
    String w = tokens.get(k).norm();
    if (Lexicon.WITHDRAW_WITH_PARTICLE.contains(w) && !particleFollows(tokens, k)) {
      return;
    }
    boolean givingUp = Lexicon.GIVING_UP.contains(w);
    if (givingUp || Lexicon.ABANDON.contains(w)) {
      // "gave up their bid to capture Kyiv", "abandoned his campaign to capture Kyiv": the side
      // withdraws from the place it aimed at.
      Place aimed = aimedAt(sentence, givingUp ? k + 2 : k + 1);
      if (aimed != null) {
        Side side = aimingSide(tokens, k);
        if (side != null) {
          drafts.add(
              new Draft(Draft.TERRITORIAL, "withdrawal", k, null, null, side.name(), true, aimed));
        }
        return;
      }
      if (givingUp) {
        return;
      }
    }
    // "became withdrawn" describes a person.
    if (k > 0 && Lexicon.LINKING_VERBS.contains(tokens.get(k - 1).norm())) {
      return;
    }
    boolean noun = Lexicon.WITHDRAW_NOUNS.contains(w) || retreatAsNoun(tokens, k);
    if (noun && (!nominalWithdrawal(tokens, k) || deniedBefore(tokens, k))) {
      return;
    }
    Place from = null;
    boolean fromRegion = false;
    for (int i = k + 1; i < Math.min(tokens.size(), k + 8); i++) {
      if (tokens.get(i).is("from") || tokens.get(i).is("of")) {
        Place place = placeAfter(sentence, i + 1);
        if (place == null) {
          place = placeAround(sentence, i + 1);
        }
        if (place != null) {
          from = place;
        } else if (nonGround(tokens, i + 1)) {
          return;
        } else {
          fromRegion =
              i + 2 < tokens.size()
                  && tokens.get(i + 1).is("the")
                  && (tokens.get(i + 2).is("region") || tokens.get(i + 2).is("oblast"));
        }
        break;
      }
    }
    // "withdraw some embassy staff from Kyiv": diplomats leave, troops withdraw.
    for (int i = k + 1; i < Math.min(tokens.size(), k + 4); i++) {
      if (Lexicon.DIPLOMATS.contains(tokens.get(i).norm())) {
        return;
      }
    }
    // "abandoned their positions around Izium", "Russian retreats around the capital Kyiv"
    boolean around =
        k + 1 < tokens.size() && (tokens.get(k + 1).is("around") || tokens.get(k + 1).is("near"));
    if ((Lexicon.ABANDON.contains(w) || around) && from == null) {
      from = placeAround(sentence, k + 1);
    }
    if (Lexicon.ABANDON.contains(w) && from == null && objectPlace(sentence, k) == null) {
      return;
    }
    if (from == null) {
      from = objectPlace(sentence, k);
    }
    // "its demands that NATO bar Ukraine from joining and pull back forces": what a side demands
    // of another, not a withdrawal made.
    if (from == null && RuleSupport.mentionsBetween(tokens, k - 15, k, Lexicon.DEMAND_WORDS)) {
      return;
    }
    // A withdrawal is of forces by a side the sentence names: companies pull out of markets,
    // governments withdraw from treaties.
    String madeTo = madeTo(tokens, k);
    if (madeTo == null && onlyPossible(tokens, k)) {
      return;
    }
    Side side = madeTo != null ? new Side(madeTo, true) : Sides.actorOf(sentence, k, topicActor);
    if (!side.inSentence() && invadersBefore(tokens, k)) {
      side = new Side(Actors.RUSSIA, true);
    }
    // "bodies were found in Bucha after Russia's withdrawal": a side's withdrawal named as the
    // time of something else needs no forces word and happened where the sentence is. Named
    // alone it is as often a pullout from a treaty or a space station.
    boolean dating =
        noun
            && RuleSupport.mentionsBetween(tokens, k - 3, k, Lexicon.AFTER_EVENT)
            && !(k + 1 < tokens.size() && tokens.get(k + 1).is("from"));
    // "after troops withdrew from the Kyiv region": bare troops leaving a named place are those
    // of the side the sentences before are about.
    boolean bareTroops = from != null && !noun && bareForcesSubject(tokens, k);
    if (side.name() == null
        || !(side.inSentence() || bareTroops)
        || (from == null && !forcesNear(tokens, k) && !dating)) {
      return;
    }
    if (from == null && dating) {
      from = notCountry(RuleSupport.nearestPlace(sentence, k));
    }
    if (from == null && fromRegion) {
      Place nearest = RuleSupport.nearestPlace(sentence, k);
      if (nearest != null) {
        Place region = Gazetteer.embedded().region(nearest.admin1());
        from = region != null ? region : nearest;
      }
    }
    drafts.add(
        new Draft(
            Draft.TERRITORIAL, "withdrawal", k, null, null, side.name(), side.inSentence(), from));
  }

  /**
   * The place an aim given up was after, from {@code from}: "their bid to capture Kyiv", "his
   * campaign to take the capital Kyiv", "the assault on Kyiv".
   */
  private static Place aimedAt(Sentence sentence, int from) {
    List<Token> tokens = sentence.tokens();
    int i = from;
    while (i < Math.min(tokens.size(), from + 3) && !Lexicon.AIMS.contains(tokens.get(i).norm())) {
      if (!RuleSupport.determiner(tokens.get(i)) && Actors.sideOf(tokens.get(i)) == null) {
        return null;
      }
      i++;
    }
    if (i + 2 >= tokens.size() || !Lexicon.AIMS.contains(tokens.get(i).norm())) {
      return null;
    }
    Token next = tokens.get(i + 1);
    if (next.is("to") && Lexicon.TAKING_AIMED.contains(tokens.get(i + 2).norm())) {
      return objectPlace(sentence, i + 2);
    }
    return next.is("on") || next.is("for") ? placeAround(sentence, i + 2) : null;
  }

  /**
   * The side that gave up an aim: its subject before the verb, else, after a clause opening "Having
   * abandoned his campaign to capture Kyiv,", the first side after the comma (the side in the aim
   * is the enemy's).
   */
  private static Side aimingSide(List<Token> tokens, int k) {
    for (int i = k - 1; i >= Math.max(0, k - RuleSupport.SUBJECT_REACH); i--) {
      String side = Actors.sideOf(tokens.get(i));
      if (side != null && !Sides.objectOfPreposition(tokens, i)) {
        return new Side(side, true);
      }
    }
    boolean comma = false;
    for (int i = k + 1; i < Math.min(tokens.size(), k + RuleSupport.SUBJECT_REACH); i++) {
      comma |= tokens.get(i).is(",");
      String side = comma ? Actors.sideOf(tokens.get(i)) : null;
      if (side != null && !Sides.objectOfPreposition(tokens, i)) {
        return new Side(side, true);
      }
    }
    return null;
  }

  /**
   * "the bulk of Moscow's forces fled", "as fleeing Russian troops blew up a dam": forces, not
   * people, flee. In "people flee advancing forces" the forces are what is fled.
   */
  private static boolean forcesFlee(List<Token> tokens, int k) {
    // "Russian forces left 12 dead", "the troops left behind mines": what they left is no ground.
    if (Lexicon.LEAVING.contains(tokens.get(k).norm())
        && k + 1 < tokens.size()
        && (Quantities.startsNumber(tokens, k + 1)
            || Lexicon.LEFT_THINGS.contains(tokens.get(k + 1).norm()))) {
      return false;
    }
    for (int i = Math.max(0, k - 2); i < k; i++) {
      if (forcesWord(tokens.get(i))) {
        return true;
      }
    }
    // "troops were forced to leave", "soldiers have now fled", and "they" for forces named
    // before ("Putin's forces abandoned equipment as they fled Kharkiv"): the verb's own subject.
    int subject = k - 1;
    while (subject > 0
        && (Lexicon.LEAVING_LINKS.contains(tokens.get(subject).norm())
            || RuleSupport.adverb(tokens.get(subject)))) {
      subject--;
    }
    // "some Russians also have fled their country" are people, not forces.
    if (subject < k - 2 && Lexicon.FORCE_NOUNS.contains(tokens.get(subject).base())) {
      return true;
    }
    if (subject >= 0
        && tokens.get(subject).is("they")
        && Lexicon.FLEEING.contains(tokens.get(k).norm())) {
      for (int i = 0; i < subject; i++) {
        if (forcesWord(tokens.get(i))) {
          return true;
        }
      }
    }
    boolean adjective =
        tokens.get(k).is("fleeing") && (k == 0 || RuleSupport.determiner(tokens.get(k - 1)));
    for (int i = k + 1; i < Math.min(tokens.size(), k + 3) && adjective; i++) {
      if (Lexicon.FORCE_NOUNS.contains(tokens.get(i).base())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Russian troops occupied Kherson", "after they occupied Kherson": the verb has forces or a side
   * as its subject right before it, unlike "the occupied town" or "Russian-occupied Crimea".
   */
  private static boolean occupiers(List<Token> tokens, int i) {
    if (i < 0) {
      return false;
    }
    Token t = tokens.get(i);
    return forcesWord(t) || t.is("they") || Actors.sideNoun(t);
  }

  /** "troops", "forces", and the peoples that stand for the invading forces ("the Russians"). */
  private static boolean forcesWord(Token t) {
    return Lexicon.FORCE_NOUNS.contains(t.base()) || Lexicon.FORCES_AS_PEOPLE.contains(t.base());
  }

  /** "as invading troops withdrew": the invader's forces, where no side is named. */
  private static boolean invadersBefore(List<Token> tokens, int k) {
    for (int i = Math.max(0, k - 3); i + 1 < k; i++) {
      if (Lexicon.INVADING.contains(tokens.get(i).norm())
          && Lexicon.FORCE_NOUNS.contains(tokens.get(i + 1).base())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A side moving its own troops off ground: "moving troops away from the north", "Russia has
   * shifted its forces out of Kyiv Oblast". The troops must follow the verb, then "away from", "out
   * of" or "back from".
   */
  private static void movedAway(Sentence sentence, int k, List<Draft> drafts) {
    List<Token> tokens = sentence.tokens();
    int i = k + 1;
    String moved = null;
    while (i < Math.min(tokens.size(), k + 4)
        && (RuleSupport.determiner(tokens.get(i)) || Actors.sideOf(tokens.get(i)) != null)) {
      moved = moved != null ? moved : Actors.sideOf(tokens.get(i));
      i++;
    }
    if (i + 2 >= tokens.size() || !Lexicon.FORCE_NOUNS.contains(tokens.get(i).base())) {
      return;
    }
    String pair = tokens.get(i + 1).norm() + " " + tokens.get(i + 2).norm();
    if (!(pair.equals("away from") || pair.equals("out of") || pair.equals("back from"))) {
      return;
    }
    // A side moves its own troops: the subject of the sentence, or the side named with them.
    String side = moved != null ? moved : Sides.firstSubject(sentence);
    if (side == null) {
      return;
    }
    Place from = placeAfter(sentence, i + 3);
    drafts.add(new Draft(Draft.TERRITORIAL, "withdrawal", k, null, null, side, true, from));
  }

  /** The place of "towns around Kyiv", "positions near Kherson", "the outskirts of Kyiv". */
  private static Place placeAround(Sentence sentence, int from) {
    List<Token> tokens = sentence.tokens();
    for (int i = from; i < Math.min(tokens.size(), from + 8); i++) {
      Place place = placeAt(sentence, i);
      if (place != null) {
        return place;
      }
      Token t = tokens.get(i);
      if (!Lexicon.AREA_FILLERS.contains(t.norm()) && !Lexicon.AREA_FILLERS.contains(t.base())) {
        return null;
      }
    }
    return null;
  }

  /** Words before "retreat" that make it a verb: "forced to retreat", "they retreat". */
  private static final Set<String> RETREAT_SUBJECTS =
      Set.of("to", "they", "we", "and", "troops", "forces", "soldiers");

  /**
   * "an orderly retreat", "the retreat of": "retreat" is a verb only after its subject, "to" or an
   * adverb ("Russian forces retreat", "forced to retreat", "rapidly retreat").
   */
  private static boolean retreatAsNoun(List<Token> tokens, int k) {
    if (!tokens.get(k).is("retreat") || k == 0) {
      return false;
    }
    Token before = tokens.get(k - 1);
    boolean verb =
        Actors.sideOf(before) != null
            || Lexicon.FORCE_NOUNS.contains(before.base())
            || RETREAT_SUBJECTS.contains(before.norm())
            || before.norm().endsWith("ly");
    return !verb;
  }

  /** Whether troops or their armour are named within a few words of {@code k}. */
  private static boolean forcesNear(List<Token> tokens, int k) {
    for (int i = Math.max(0, k - 6); i < Math.min(tokens.size(), k + 7); i++) {
      if (forcesWord(tokens.get(i)) || Lexicon.MILITARY_VEHICLES.contains(tokens.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A withdrawal named as a noun is an event when its side is named with it ("Russia's withdrawal",
   * "the pullout of Russian troops") and the sentence demands or negotiates nothing ("demanding the
   * immediate withdrawal of troops" is no event).
   */
  private static boolean nominalWithdrawal(List<Token> tokens, int k) {
    for (Token t : tokens) {
      if (Lexicon.DEMANDS.contains(t.norm())) {
        return false;
      }
    }
    for (int i = Math.max(0, k - 3); i < k; i++) {
      if (Actors.sideOf(tokens.get(i)) != null) {
        return true;
      }
    }
    int of = k + 1;
    while (of < tokens.size() && !tokens.get(of).isWord()) {
      of++;
    }
    if (of < tokens.size() && tokens.get(of).is("of")) {
      for (int i = of + 1; i < Math.min(tokens.size(), of + 4); i++) {
        if (Actors.sideOf(tokens.get(i)) != null) {
          return true;
        }
      }
      // "the withdrawal of its troops": the side is the subject that owns them.
      return of + 2 < tokens.size()
          && Lexicon.FORCE_OWNERS.contains(tokens.get(of + 1).norm())
          && Lexicon.FORCE_NOUNS.contains(tokens.get(of + 2).base());
    }
    return false;
  }

  /** Words after "withdraw from" that are no ground: a deal, a treaty, talks. */
  private static boolean nonGround(List<Token> tokens, int from) {
    return RuleSupport.mentionsBetween(tokens, from, from + 4, Lexicon.NON_GROUND);
  }

  private static boolean particleFollows(List<Token> tokens, int k) {
    for (int i = k + 1; i < Math.min(tokens.size(), k + 4); i++) {
      String w = tokens.get(i).norm();
      if (w.equals("out") || w.equals("back") || w.equals("control")) {
        return true;
      }
    }
    return false;
  }

  /** Words after a participle that make it the event: "the withdrawal of", "snatched back". */
  private static final Set<String> EVENT_PARTICLES =
      Set.of("of", "from", "by", "to", "in", "on", "at", "and", "or", "back", "out");

  /** Words before a participle that make it an adjective: "the captured city". */
  private static final Set<String> ADJECTIVE_OPENERS =
      Set.of(
          "the",
          "those",
          "these",
          "a",
          "an",
          "its",
          "their",
          "his",
          "her",
          "our",
          "newly",
          "recently",
          "previously",
          "once",
          "other",
          "some",
          "all");

  /**
   * "the captured city", "those withdrawn forces", "the recently liberated Izium": a participle
   * used as an adjective, naming no event of its own.
   */
  private static boolean adjectival(List<Token> tokens, int k) {
    // "made some progress towards", "made some gains near": nouns of an advance, no participle.
    String w = tokens.get(k).norm();
    if (Lexicon.PROGRESS.contains(w) || Lexicon.ADVANCE_NOUNS.contains(w)) {
      return false;
    }
    // A noun after the participle makes it an adjective; a preposition or a particle makes it the
    // event ("the withdrawal of", "the retreat from", "were all snatched back").
    Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
    if (next == null || !next.isWord() || EVENT_PARTICLES.contains(next.norm())) {
      return false;
    }
    String before = k > 0 ? tokens.get(k - 1).norm() : "";
    String twoBefore = k > 1 ? tokens.get(k - 2).norm() : "";
    // "the bridge between annexed Crimea and the mainland", "aid to liberated Izium"
    boolean afterPreposition =
        Lexicon.PREPOSITIONS.contains(before) && (w.endsWith("ed") || w.endsWith("en"));
    return ADJECTIVE_OPENERS.contains(before)
        || (before.endsWith("ly") && ADJECTIVE_OPENERS.contains(twoBefore))
        || afterPreposition;
  }

  /** "Capturing Sievierodonetsk would give...": a gerund opening the sentence is its subject. */
  private static boolean gerundSubject(List<Token> tokens, int k) {
    int first = 0;
    while (first < tokens.size() && !tokens.get(first).isWord()) {
      first++;
    }
    return k == first && tokens.get(k).norm().endsWith("ing");
  }

  /** The place a verb acts on: the first place after it, with only filler words between. */
  private static Place objectPlace(Sentence sentence, int k) {
    List<Token> tokens = sentence.tokens();
    for (int i = k + 1; i < Math.min(tokens.size(), k + 8); i++) {
      Place place = placeAt(sentence, i);
      if (place != null) {
        return place;
      }
      // Quotes mark the claimant's word, as in "the \"liberation\" of Mariupol".
      if (!Lexicon.OBJECT_FILLERS.contains(tokens.get(i).norm())
          && !RuleSupport.isQuote(tokens.get(i))) {
        return null;
      }
    }
    return null;
  }

  /** "had fallen behind schedule", "fell back over 500 km2": falling that takes no place. */
  private static boolean fellAside(List<Token> tokens, int k) {
    return Lexicon.FALLING.contains(tokens.get(k).norm())
        && k + 1 < tokens.size()
        && Lexicon.FALL_ASIDE.contains(tokens.get(k + 1).norm());
  }

  /**
   * Whether a verb of taking tells of an event: after its subject, an auxiliary, an adverb or a
   * comma; in "officials toured liberated villages" the participle describes them.
   */
  private static boolean verbOfEvent(List<Token> tokens, int k) {
    Token before = k > 0 ? tokens.get(k - 1) : null;
    return before != null
        && (Lexicon.BE_HAVE.contains(before.norm())
            || Actors.sideOf(before) != null
            || Lexicon.FORCE_NOUNS.contains(before.base())
            || RuleSupport.adverb(before)
            || (before.is(",") && tokens.get(k).norm().endsWith("ing")));
  }

  /**
   * Ground taken without a measure: "have recaptured territory in the Kharkiv region", "won back
   * previously occupied areas of the north", "as Ukraine's military reclaims territory". Ground
   * gained where the words after it say, else where the claim's country is.
   */
  private static void unnamedGround(
      Sentence sentence, int k, String topicActor, List<Draft> drafts) {
    List<Token> tokens = sentence.tokens();
    if (!verbOfEvent(tokens, k)) {
      return;
    }
    int ground = k + 1;
    while (ground < Math.min(tokens.size(), k + 5)
        && Lexicon.GROUND_FILLERS.contains(tokens.get(ground).norm())) {
      ground++;
    }
    if (ground >= tokens.size() || !Lexicon.GROUND.contains(tokens.get(ground).norm())) {
      return;
    }
    Side side = Sides.actorOf(sentence, k, topicActor);
    if (side.name() == null || !side.inSentence()) {
      return;
    }
    Place place =
        ground + 2 < tokens.size() && tokens.get(ground + 1).is("of")
            ? notCountry(placeAfter(sentence, ground + 2))
            : placeAfterPreposition(sentence, ground + 1);
    drafts.add(vagueClaim(sentence, "area_gained", k, k + 1, ground, side.name(), place));
  }

  /**
   * Settlements taken without a name: "capturing strategically important towns" are settlements
   * taken, with no count; "Russian troops seized the town." takes the town named before, which the
   * claim's place comes from. The verb must tell of an event, after its subject, an auxiliary or a
   * comma: in "officials toured liberated villages" the participle describes them.
   */
  private static void unnamedSettlements(
      Sentence sentence, int k, String topicActor, List<Draft> drafts) {
    List<Token> tokens = sentence.tokens();
    if (!verbOfEvent(tokens, k)) {
      return;
    }
    int noun = k + 1;
    while (noun < Math.min(tokens.size(), k + 5)
        && !Lexicon.SETTLEMENTS_PLURAL.contains(tokens.get(noun).norm())
        && !Lexicon.SETTLEMENT_KINDS.contains(tokens.get(noun).norm())
        && Lexicon.OBJECT_FILLERS.contains(tokens.get(noun).norm())
        && !tokens.get(noun).is("of")) {
      noun++;
    }
    if (noun >= Math.min(tokens.size(), k + 5)) {
      return;
    }
    String n = tokens.get(noun).norm();
    Side side = Sides.actorOf(sentence, k, topicActor);
    if (!side.inSentence()) {
      return;
    }
    if (Lexicon.SETTLEMENTS_PLURAL.contains(n)) {
      drafts.add(settlementsTaken(sentence, k, k + 1, noun, side.name()));
    } else if (Lexicon.SETTLEMENT_KINDS.contains(n)
        && tokens.get(noun - 1).is("the")
        && RuleSupport.endsReducedClause(tokens, noun + 1)
        && !(noun + 1 < tokens.size() && tokens.get(noun + 1).is("of"))) {
      // "the town hall", "the city of Lyman" are no town named before.
      drafts.add(
          new Draft(Draft.TERRITORIAL, "place_taken", k, null, null, side.name(), true, null));
    }
  }

  /**
   * A place described by a participle in an appositive, its taker named: "Ivankiv, a small town
   * recently liberated from Russian occupiers", "Izium, a city retaken by Ukrainian forces". A
   * taker left unnamed (as in captions, "Izium, a recaptured city") is no claim.
   */
  private static Place appositivePlace(Sentence sentence, int k, String topicActor) {
    List<Token> tokens = sentence.tokens();
    String w = tokens.get(k).norm();
    if (!(w.endsWith("ed") || w.endsWith("en")) || !agentOf(sentence, k, topicActor).inSentence()) {
      return null;
    }
    int i = k - 1;
    while (i >= 0 && RuleSupport.adverb(tokens.get(i))) {
      i--;
    }
    if (i < 0 || !Lexicon.SETTLEMENT_KINDS.contains(tokens.get(i).norm())) {
      return null;
    }
    for (int j = i - 1; j >= Math.max(2, i - 4); j--) {
      Token t = tokens.get(j);
      if (t.is("a") || t.is("an") || t.is("the")) {
        Gazetteer.Mention m = tokens.get(j - 1).is(",") ? placeEndingAt(sentence, j - 2) : null;
        return m == null ? null : m.place();
      }
      if (!t.isWord() || t.isCapitalised()) {
        return null;
      }
    }
    return null;
  }

  /**
   * Settlements named by their kind as the subject of a passive whose taker is named: "The town was
   * recently liberated by Ukraine" takes the town named before, "several villages were retaken by
   * Ukrainian troops" are settlements taken.
   */
  private static void settlementsByKindTaken(
      Sentence sentence, int k, String topicActor, List<Draft> drafts) {
    List<Token> tokens = sentence.tokens();
    int i = k - 1;
    boolean auxiliary = false;
    while (i >= 0 && Lexicon.AUXILIARIES.contains(tokens.get(i).norm()) && !tokens.get(i).is(",")) {
      auxiliary |= Lexicon.PASSIVE_AUXILIARIES.contains(tokens.get(i).norm());
      i--;
    }
    if (!auxiliary || i < 1) {
      return;
    }
    String noun = tokens.get(i).norm();
    boolean one = Lexicon.SETTLEMENT_KINDS.contains(noun) && tokens.get(i - 1).is("the");
    boolean several = Lexicon.SETTLEMENTS_PLURAL.contains(noun);
    Side side = agentOf(sentence, k, topicActor);
    if (!(one || several) || !side.inSentence()) {
      return;
    }
    int first = one ? i - 1 : i;
    // The subject opens its clause ("before the town was retaken"), and a count of settlements is
    // for the rules of numbers: "half of the city" is a share, "900 towns" a number.
    while (first > 0
        && !Lexicon.CLAUSE_BREAKS.contains(tokens.get(first - 1).norm())
        && !Lexicon.TIME_CLAUSES.contains(tokens.get(first - 1).norm())) {
      Token before = tokens.get(first - 1);
      if (one || !before.isWord() || Lexicon.BE_HAVE.contains(before.norm()) || i - first > 3) {
        return;
      }
      first--;
    }
    for (int n = Math.max(0, first - 6); n < i; n++) {
      if (Quantities.startsNumber(tokens, n)) {
        return;
      }
    }
    if (one) {
      drafts.add(
          new Draft(Draft.TERRITORIAL, "place_taken", k, null, null, side.name(), true, null));
    } else {
      drafts.add(settlementsTaken(sentence, k, first, i, side.name()));
    }
  }

  /**
   * The place before a participle in the passive: "Kherson was liberated", "Lysychansk has been
   * captured"; "Lysychansk fell" needs no auxiliary.
   */
  private static Place subjectPlace(Sentence sentence, int k, boolean needsAuxiliary) {
    List<Token> tokens = sentence.tokens();
    boolean auxiliary = false;
    for (int i = k - 1; i >= Math.max(0, k - 5); i--) {
      Gazetteer.Mention m = placeEndingAt(sentence, i);
      if (m != null) {
        return auxiliary || !needsAuxiliary ? m.place() : null;
      }
      String w = tokens.get(i).norm();
      if (!Lexicon.AUXILIARIES.contains(w)) {
        return auxiliary || !needsAuxiliary ? listedPlace(sentence, i) : null;
      }
      auxiliary |= Lexicon.PASSIVE_AUXILIARIES.contains(w);
      // "Sievierodonetsk, including a chemical plant where hundreds held out, had fallen": the
      // place before the aside.
      if (w.equals(",") && i > 0 && placeEndingAt(sentence, i - 1) == null) {
        for (int c = i - 1; c >= Math.max(1, i - 25); c--) {
          if (tokens.get(c).is(",")) {
            Gazetteer.Mention owner = placeEndingAt(sentence, c - 1);
            return owner != null && (auxiliary || !needsAuxiliary) ? owner.place() : null;
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * The first known place of a list of names ending at {@code last}: in "Ruski Tyshky, Rubizhne and
   * Bayrak were retaken" the gazetteer may know only some of them.
   */
  private static Place listedPlace(Sentence sentence, int last) {
    List<Token> tokens = sentence.tokens();
    if (!tokens.get(last).isCapitalised() || last == 0) {
      return null;
    }
    Place first = null;
    boolean list = false;
    for (int i = last - 1; i >= Math.max(0, last - 15); i--) {
      Token t = tokens.get(i);
      Gazetteer.Mention m = placeEndingAt(sentence, i);
      if (m != null) {
        first = m.place();
        i = m.first();
      } else if (t.is(",") || t.is("and")) {
        list = true;
      } else if (!t.isCapitalised() || !t.isWord()) {
        break;
      }
    }
    return list ? first : null;
  }

  /**
   * "Berdyansk, where Russian troops took control overnight": control taken with no object is of
   * the place "where" refers to; "where Russian troops took prisoners" is of something else.
   */
  private static boolean controlTaken(List<Token> tokens, int k) {
    return k + 1 >= tokens.size() || tokens.get(k + 1).is("control") || !tokens.get(k + 1).isWord();
  }

  /** "the Kharkiv oblast (region), which": the index before a bracketed gloss, else {@code end}. */
  private static int beforeGloss(List<Token> tokens, int end) {
    if (end < 0 || !tokens.get(end).is(")")) {
      return end;
    }
    for (int i = end - 1; i >= Math.max(0, end - 4); i--) {
      if (tokens.get(i).is("(")) {
        return i - 1;
      }
    }
    return end;
  }

  /**
   * The place a relative clause is about: "Crimea, which Russia seized in 2014", "Lyman, which
   * Ukrainian forces had liberated". Only the side, its troops, adverbs and auxiliaries may stand
   * between "which" and the verb.
   */
  private static Place relativeObject(Sentence sentence, int k) {
    List<Token> tokens = sentence.tokens();
    for (int i = k - 1; i >= Math.max(1, k - 6); i--) {
      Token t = tokens.get(i);
      if (t.is("which") || t.is("that") || (t.is("where") && controlTaken(tokens, k))) {
        int end = tokens.get(i - 1).is(",") ? i - 2 : i - 1;
        end = beforeGloss(tokens, end);
        Gazetteer.Mention m = end >= 0 ? placeEndingAt(sentence, end) : null;
        // "Berdyansk, south-east Ukraine, where": a short aside locates the place named before it.
        // Not before "which" or "that", whose head may be any noun ("a journey which took days").
        for (int c = end; m == null && t.is("where") && c >= Math.max(1, end - 4); c--) {
          if (tokens.get(c).is(",")) {
            m = placeEndingAt(sentence, c - 1);
            break;
          }
        }
        if (m == null && end >= 0) {
          m = appositiveHead(sentence, end);
        }
        return m == null ? null : m.place();
      }
      boolean between =
          Actors.sideOf(t) != null
              || Lexicon.FORCE_NOUNS.contains(t.base())
              || Lexicon.BE_HAVE.contains(t.norm())
              || RuleSupport.adverb(t);
      if (!between) {
        return null;
      }
    }
    return null;
  }

  /**
   * The place an appositive ending at {@code end} describes: "Mariupol, the southern port city"
   * (that fell) is Mariupol.
   */
  private static Gazetteer.Mention appositiveHead(Sentence sentence, int end) {
    List<Token> tokens = sentence.tokens();
    if (!Lexicon.SETTLEMENT_KINDS.contains(tokens.get(end).norm())) {
      return null;
    }
    for (int i = end - 1; i >= Math.max(1, end - 6); i--) {
      if (tokens.get(i).is(",")) {
        return placeEndingAt(sentence, i - 1);
      }
      // Quotes mark the claimant's word, as in "the \"liberation\" of Mariupol".
      if (!Lexicon.OBJECT_FILLERS.contains(tokens.get(i).norm())
          && !RuleSupport.isQuote(tokens.get(i))) {
        return null;
      }
    }
    return null;
  }

  private static Place placeAfter(Sentence sentence, int from) {
    List<Token> tokens = sentence.tokens();
    // "the strategic eastern city of Lyman": up to five words before the name.
    for (int i = from; i < Math.min(tokens.size(), from + 6); i++) {
      Gazetteer.Mention m = sentence.placeStarts()[i];
      if (m != null) {
        Place named = appositiveOf(sentence, m);
        return named != null ? named : m.place();
      }
      // Quotes mark the claimant's word, as in "the \"liberation\" of Mariupol".
      if (!Lexicon.OBJECT_FILLERS.contains(tokens.get(i).norm())
          && !RuleSupport.isQuote(tokens.get(i))) {
        return null;
      }
    }
    return null;
  }

  /**
   * The place an owner's noun names in apposition: "Lysychansk's neighbouring city,
   * Sievierodonetsk" is about Sievierodonetsk.
   */
  private static Place appositiveOf(Sentence sentence, Gazetteer.Mention owner) {
    List<Token> tokens = sentence.tokens();
    if (!tokens.get(owner.last()).norm().endsWith("'s")) {
      return null;
    }
    for (int i = owner.last() + 1; i + 1 < Math.min(tokens.size(), owner.last() + 5); i++) {
      if (tokens.get(i).is(",")) {
        return placeAt(sentence, i + 1);
      }
      // Quotes mark the claimant's word, as in "the \"liberation\" of Mariupol".
      if (!Lexicon.OBJECT_FILLERS.contains(tokens.get(i).norm())
          && !RuleSupport.isQuote(tokens.get(i))) {
        return null;
      }
    }
    return null;
  }

  private static Place placeAt(Sentence sentence, int index) {
    Gazetteer.Mention m = sentence.placeStarts()[index];
    return m == null ? null : m.place();
  }

  private static Gazetteer.Mention placeEndingAt(Sentence sentence, int index) {
    return sentence.placeEnds()[index];
  }

  /** The place named last before a token. */
  private static Place placeBefore(Sentence sentence, int anchor) {
    for (int i = anchor - 1; i >= 0; i--) {
      Gazetteer.Mention m = placeEndingAt(sentence, i);
      if (m != null) {
        return m.place();
      }
    }
    return null;
  }

  /**
   * For a participle with its place before it: "by X", the other side of "snatched back from
   * Russia", else the side of the sentences before.
   */
  private static Side agentOf(Sentence sentence, int k, String topicActor) {
    List<Token> tokens = sentence.tokens();
    Side agent = Sides.byAgent(tokens, k);
    if (agent == null && Lexicon.GAIN.contains(tokens.get(k).norm())) {
      agent = Sides.fromSide(tokens, k);
    }
    return agent != null ? agent : new Side(topicActor, false);
  }
}
