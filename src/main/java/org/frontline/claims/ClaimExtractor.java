package org.frontline.claims;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.frontline.util.Hashes;

/**
 * Finds the territorial and casualty claims of one document (see ../shared/CLAIMS.md): for each
 * sentence, the numbers with their units, the words that say what happened, the side, the place,
 * the day and who says so.
 *
 * <p>Rules read a fixed number of tokens around each trigger word, so the work grows linearly with
 * the text; a document that still takes longer than the time cap stops where it is and keeps the
 * claims found so far, with a note saying so.
 *
 * <p>A claim repeated within a document (same kind, side, place and number) is kept once, at its
 * first mention: the table holds one row per claim per document.
 */
public final class ClaimExtractor implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How far around a number the words that give it meaning are looked for, in tokens. */
  private static final int WINDOW = 10;

  /** How far back the subject of a verb is looked for, in tokens. */
  private static final int SUBJECT_REACH = 20;

  /** The most words of a person's name with its titles: "Maj. Gen. Roman Kutuzov". */
  private static final int NAME_WORDS = 6;

  /**
   * Sentences about violence that make a whole document about it, so that "Anton was killed
   * instantly" counts there without a word of war in its own sentence.
   */
  private static final int VIOLENT_DOCUMENT = 3;

  static final String TERRITORIAL = "territorial";
  static final String CASUALTY = "casualty";

  /** Reason of the note on a document whose extraction hit the time cap. */
  public static final String TIME_CAP = "time_cap";

  /** Reason of the note on a document where a rule failed on some sentences. */
  public static final String RULE_ERROR = "rule_error";

  private final long maxMillisPerDocument;

  /**
   * @param maxMillisPerDocument the time cap of one document
   */
  public ClaimExtractor(long maxMillisPerDocument) {
    this.maxMillisPerDocument = maxMillisPerDocument;
  }

  /**
   * What is known of a document before reading it.
   *
   * @param docId the document's id, part of each claim id
   * @param published its publication date, or null
   */
  public record Context(String docId, LocalDate published) {}

  /**
   * The claims of a document and, when extraction fell short, why and what was done.
   *
   * @param reason null, {@link #TIME_CAP} or {@link #RULE_ERROR}
   * @param note null, or what was done before the time cap stopped extraction, or which sentences a
   *     failing rule cost
   */
  public record Extraction(List<Claim> claims, String reason, String note) {}

  /** A sentence ready for the rules. */
  private record Sentence(
      String body,
      int start,
      int end,
      List<Token> tokens,
      List<Gazetteer.Mention> places,
      Gazetteer.Mention[] placeStarts,
      Gazetteer.Mention[] placeEnds,
      List<Actors.Mention> actors,
      List<EventDates.Mention> dates,
      List<Place> countries) {}

  /** A claim found by a rule, before its place, date and claimant are settled. */
  private record Draft(
      String category,
      String kind,
      int anchor,
      Quantity quantity,
      String valueText,
      String actor,
      boolean actorInSentence,
      Place place) {}

  public Extraction extract(String body, Context context) {
    long deadline = System.nanoTime() + maxMillisPerDocument * 1_000_000L;
    Gazetteer gazetteer = Gazetteer.embedded();
    List<Sentences.Span> spans = Sentences.split(body);
    List<Sentence> sentences = new ArrayList<>(spans.size());
    Map<String, Integer> regionCounts = new LinkedHashMap<>();
    Map<String, Integer> countryCounts = new LinkedHashMap<>();
    List<int[]> fullDateYears = new ArrayList<>();
    boolean violentDocument = false;
    try {
      // First pass: tokens, regions named anywhere (they settle ambiguous names) and the years
      // of full dates (they give a year to dates written without one).
      List<List<Token>> tokenized = new ArrayList<>(spans.size());
      Set<String> regions = new HashSet<>();
      int violentSentences = 0;
      for (Sentences.Span span : spans) {
        checkTime(deadline);
        List<Token> tokens = Tokenizer.tokenize(body, span.start(), span.end());
        tokenized.add(tokens);
        if (mentions(tokens, Lexicon.VIOLENCE)) {
          violentSentences++;
        }
        for (Gazetteer.Mention m : gazetteer.find(tokens, Set.of())) {
          if (m.place().region()) {
            regions.add(m.place().admin1());
          }
        }
      }
      violentDocument = violentSentences >= VIOLENT_DOCUMENT;
      for (int s = 0; s < spans.size(); s++) {
        checkTime(deadline);
        List<Token> tokens = tokenized.get(s);
        List<Gazetteer.Mention> places = gazetteer.find(tokens, regions);
        List<EventDates.Mention> dates = EventDates.find(tokens, body);
        for (Gazetteer.Mention m : places) {
          if (m.place().admin1() != null) {
            regionCounts.merge(m.place().admin1(), 1, Integer::sum);
          }
        }
        for (EventDates.Mention d : dates) {
          if (d.kind() == EventDates.Kind.FULL_DATE) {
            fullDateYears.add(new int[] {d.offset(), d.year()});
          }
        }
        List<Place> countries = gazetteer.countriesIn(tokens);
        for (Place c : countries) {
          countryCounts.merge(c.name(), 1, Integer::sum);
        }
        sentences.add(
            new Sentence(
                body,
                spans.get(s).start(),
                spans.get(s).end(),
                tokens,
                places,
                byToken(places, tokens.size(), true),
                byToken(places, tokens.size(), false),
                Actors.find(tokens),
                dates,
                countries));
      }
    } catch (TimeCapExceeded e) {
      return new Extraction(List.of(), TIME_CAP, timeCapNote(0, spans.size()));
    } catch (RuntimeException e) {
      return new Extraction(List.of(), RULE_ERROR, "could not read the sentences: " + e);
    }
    Place documentRegion = mostNamed(regionCounts, gazetteer);
    // Where a claim naming no place happened: the country of the regions the article names, or
    // else the country it most often places events in ("in Yemen").
    Place documentCountry =
        documentRegion != null
            ? gazetteer.country(documentRegion.country())
            : gazetteer.country(mostCounted(countryCounts));

    List<Claim> claims = new ArrayList<>();
    Set<String> seenPlaced = new HashSet<>();
    Set<String> seen = new HashSet<>();
    String topicActor = null;
    String lastClaimant = null;
    int done = 0;
    int ruleErrors = 0;
    String firstRuleError = null;
    try {
      for (int s = 0; s < sentences.size(); s++) {
        checkTime(deadline);
        try {
          Sentence sentence = sentences.get(s);
          List<Draft> drafts = new ArrayList<>();
          if (!isQuestion(body, sentence)) {
            territorialWithNumbers(sentence, topicActor, drafts, deadline);
            territorialPlaces(sentence, topicActor, drafts, deadline);
            casualties(
                sentence,
                s > 0 ? sentences.get(s - 1) : null,
                violentDocument,
                topicActor,
                drafts,
                deadline);
          }
          String claimant = Claimants.find(sentence.tokens(), body, lastClaimant);
          if (claimant == null && !drafts.isEmpty() && opensQuote(body, sentence)) {
            claimant = quoteAttribution(body, sentences, s, lastClaimant);
          }
          for (Draft draft : strongestPerKind(drafts)) {
            Claim claim =
                claim(
                    body,
                    context,
                    sentence,
                    s > 0 ? sentences.get(s - 1) : null,
                    draft,
                    claimant,
                    documentRegion,
                    documentCountry,
                    fullDateYears);
            // A restatement that names no place of its own ("24 people were killed, the official
            // said") repeats the claim made earlier wherever that was; "two other people were
            // killed" tells of new ones.
            boolean placeInSentence =
                draft.place() != null || nearestPlace(sentence, draft.anchor()) != null;
            String unplaced = sameClaimInDocument(claim, false);
            String placed = sameClaimInDocument(claim, true);
            boolean restated =
                placeInSentence ? seenPlaced.contains(placed) : seen.contains(unplaced);
            if (restated && !countsOthers(claim.valueText())) {
              continue;
            }
            claims.add(claim);
            seenPlaced.add(placed);
            seen.add(unplaced);
          }
          if (claimant != null) {
            lastClaimant = claimant;
          }
          String subject = firstSubject(sentence);
          if (subject != null) {
            topicActor = subject;
          }
        } catch (TimeCapExceeded e) {
          throw e;
        } catch (RuntimeException e) {
          // A rule failing on one sentence costs that sentence, not the document or the run.
          if (ruleErrors++ == 0) {
            firstRuleError = "sentence " + s + ": " + e;
          }
        }
        done = s + 1;
      }
    } catch (TimeCapExceeded e) {
      return new Extraction(List.copyOf(claims), TIME_CAP, timeCapNote(done, sentences.size()));
    }
    if (ruleErrors > 0) {
      return new Extraction(
          List.copyOf(claims),
          RULE_ERROR,
          ruleErrors + " sentence(s) skipped after a rule failed, first " + firstRuleError);
    }
    return new Extraction(List.copyOf(claims), null, null);
  }

  /** Place mentions indexed by their first (or last) token, so look-ups take constant time. */
  private static Gazetteer.Mention[] byToken(
      List<Gazetteer.Mention> places, int tokens, boolean first) {
    Gazetteer.Mention[] index = new Gazetteer.Mention[tokens];
    for (Gazetteer.Mention m : places) {
      index[first ? m.first() : m.last()] = m;
    }
    return index;
  }

  private String timeCapNote(int done, int total) {
    return "stopped after "
        + maxMillisPerDocument
        + " ms at sentence "
        + done
        + " of "
        + total
        + "; the claims of the sentences before it are kept";
  }

  /** Thrown when a document runs past its time cap; caught by {@link #extract}. */
  private static final class TimeCapExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TimeCapExceeded() {
      super(null, null, false, false);
    }
  }

  private static void checkTime(long deadline) {
    if (System.nanoTime() > deadline) {
      throw new TimeCapExceeded();
    }
  }

  // ---------------------------------------------------------------- territorial, with numbers

  /** Areas (km2), shares (percent) and counts of settlements gained, lost or held. */
  private static void territorialWithNumbers(
      Sentence sentence, String topicActor, List<Draft> drafts, long deadline) {
    List<Token> tokens = sentence.tokens();
    List<Quantity> numbers = new ArrayList<>(Quantities.find(tokens));
    numbers.addAll(fractions(sentence));
    for (Quantity q : numbers) {
      checkTime(deadline);
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
      if (trigger < 0 || blocked(tokens, trigger) || fellAside(tokens, trigger)) {
        continue;
      }
      Side side = actorOf(sentence, trigger, topicActor);
      boolean ofGround = q.last() + 2 < tokens.size() && tokens.get(q.last() + 1).is("of");
      Side occupier =
          side.inSentence || !ofGround
              ? null
              : occupier(tokens, trigger, placeAfter(sentence, q.last() + 2));
      if (occupier != null) {
        side = occupier;
      }
      drafts.add(
          new Draft(
              TERRITORIAL,
              kind,
              trigger,
              q,
              text(sentence, q.first(), q.last()),
              side.name,
              side.inSentence,
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
      if (trigger < 0 || blocked(tokens, trigger)) {
        continue;
      }
      Side side = actorOf(sentence, trigger, topicActor);
      Quantity vague =
          new Quantity(i, last, i + 1, null, null, null, "vague", null, tokens.get(noun).norm());
      drafts.add(
          new Draft(
              TERRITORIAL,
              "settlements_taken",
              trigger,
              vague,
              text(sentence, i, last),
              side.name,
              side.inSentence,
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

  /** Whether a percent is a share of ground: "of Kupiansk", "of the territory", "of Ukraine". */
  private static boolean ofTerritory(Sentence sentence, int from) {
    List<Token> tokens = sentence.tokens();
    if (from >= tokens.size() || !tokens.get(from).is("of")) {
      return false;
    }
    Set<String> ground =
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
    for (int k = from + 1; k < Math.min(from + 5, tokens.size()); k++) {
      if (ground.contains(tokens.get(k).base()) || placeAt(sentence, k) != null) {
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
        lossAt >= 0 && (!gain || distance(lossAt, first, last) < distance(gainAt, first, last));
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

  private static int distance(int index, int first, int last) {
    return index < first ? first - index : index - last;
  }

  /** The trigger nearest to tokens {@code first..last} within the window, or -1. */
  private static int nearestTrigger(List<Token> tokens, int first, int last, Set<String> words) {
    int best = -1;
    for (int k = Math.max(0, first - WINDOW); k < Math.min(tokens.size(), last + WINDOW + 1); k++) {
      if (k >= first && k <= last) {
        continue;
      }
      if (words.contains(tokens.get(k).norm())
          && (best < 0 || distance(k, first, last) < distance(best, first, last))) {
        best = k;
      }
    }
    return best;
  }

  // ------------------------------------------------------------- territorial, named places

  /** Places taken or lost, and withdrawals. */
  private static void territorialPlaces(
      Sentence sentence, String topicActor, List<Draft> drafts, long deadline) {
    List<Token> tokens = sentence.tokens();
    vagueShares(sentence, topicActor, drafts);
    for (int k = 0; k < tokens.size(); k++) {
      String w = tokens.get(k).norm();
      boolean nominal =
          Lexicon.CAPTURE_NOUNS.contains(w) && k + 1 < tokens.size() && tokens.get(k + 1).is("of");
      boolean fallingNow = Lexicon.FALLING_NOW.contains(w) && takerFollows(tokens, k);
      boolean gain =
          (Lexicon.GAIN.contains(w) && !Lexicon.GAIN_NEEDS_NUMBER.contains(w))
              || nominal
              || fallingNow
              || (w.equals("occupied") && occupiers(tokens, k - 1));
      boolean loss = Lexicon.LOSS.contains(w);
      boolean withdraw =
          Lexicon.WITHDRAW.contains(w)
              || (Lexicon.FLEEING.contains(w) && forcesFlee(tokens, k))
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
              || (Lexicon.CLOSING_IN.contains(w)
                  && k + 1 < tokens.size()
                  && tokens.get(k + 1).is("in"));
      boolean push = Lexicon.PUSH.contains(w);
      if (w.equals("under")) {
        checkTime(deadline);
        underControl(sentence, k, drafts);
        continue;
      }
      if (w.equals("control")) {
        heldControl(sentence, k, topicActor, drafts);
      }
      if (!(gain || loss || withdraw || advance || push || relocate)) {
        continue;
      }
      checkTime(deadline);
      // "forced Russian troops to withdraw": an infinitive after a causative is a fact; a
      // participle opening its clause ("shifted its focus to the east, moving troops away") is
      // not under the words before the comma.
      boolean asserted =
          !blocked(tokens, k)
              || madeTo(tokens, k) != null
              || (w.endsWith("ing") && k > 0 && tokens.get(k - 1).is(","))
              || appearedTo(tokens, k);
      if (!asserted || adjectival(tokens, k) || gerundSubject(tokens, k) || fellAside(tokens, k)) {
        continue;
      }
      if (gain && aimedGerund(tokens, k)) {
        continue;
      }
      if (relocate) {
        movedAway(sentence, k, drafts);
        continue;
      }
      if (push && onlyPossible(tokens, k)) {
        continue;
      }
      if (push && pushedFrom(sentence, k, drafts)) {
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
                  && determiner(tokens.get(k - 1));
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
      // "seized most of Sievierodonetsk" is a share of it, found by vagueShares.
      if (object != null && gain && sharedObject(tokens, k)) {
        continue;
      }
      if (object == null) {
        object = relativeObject(sentence, k);
      }
      if (object == null && gain) {
        unnamedSettlements(sentence, k, topicActor, drafts);
      }
      if (object == null) {
        continue;
      }
      Side side = passive ? agentOf(sentence, k, topicActor) : actorOf(sentence, k, topicActor);
      drafts.add(
          new Draft(
              TERRITORIAL,
              gain ? "place_taken" : "place_lost",
              k,
              null,
              null,
              side.name,
              side.inSentence,
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
    for (int i = k - 1; i >= Math.max(0, k - 6); i--) {
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
      boolean share = Lexicon.VAGUE_SHARES.contains(w);
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
      int verb = i - 1;
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
        if (blocked(tokens, verb) || adjectival(tokens, verb)) {
          continue;
        }
        side = actorOf(sentence, verb, topicActor);
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
      if (side == null || side.name == null) {
        continue;
      }
      drafts.add(
          new Draft(
              TERRITORIAL,
              kind,
              anchor,
              vague(i, groundEnd),
              text(sentence, i, groundEnd),
              side.name,
              side.inSentence,
              place));
    }
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
      boolean ground =
          Lexicon.SHARED_GROUND.contains(t.norm())
              || Lexicon.GROUND.contains(t.norm())
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
    return sentence.tokens().get(end).is("country") ? UKRAINE : null;
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
    Side agent = byAgent(tokens, k);
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
    if (verb < 0
        || !Lexicon.HAVING_CONTROL.contains(tokens.get(verb).norm())
        || k + 1 >= tokens.size()
        || !(tokens.get(k + 1).is("of") || tokens.get(k + 1).is("over"))
        || blocked(tokens, verb)) {
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
    Side side = actorOf(sentence, verb, topicActor);
    if (side.name == null || !side.inSentence) {
      return;
    }
    Place place = placeAt(sentence, ground);
    int last = ground;
    if (place == null) {
      place = placeAfter(sentence, ground + 1);
    } else {
      last = sentence.placeStarts()[ground].last();
    }
    drafts.add(
        new Draft(
            TERRITORIAL,
            "area_controlled",
            k,
            vague(k + 2, last),
            text(sentence, k + 2, last),
            side.name,
            true,
            place));
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
    if (i + 1 < tokens.size() && tokens.get(i + 1).is("control")) {
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
    if (partial && j >= 0 && isQuote(tokens.get(j))) {
      j--;
    }
    int beforeLinks = j;
    while (j >= Math.max(0, k - 7) && Lexicon.CONTROL_LINKS.contains(tokens.get(j).norm())) {
      negated |= tokens.get(j).is("not");
      retaken |= Lexicon.RETAKEN.contains(tokens.get(j).norm());
      j--;
    }
    // "could soon be under": the words before the link; "not" is read below.
    if (blocked(tokens, j + 1)) {
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
          new Draft(
              TERRITORIAL,
              "control_share",
              k,
              vague(k - 1, end),
              text(sentence, k - 1, end),
              side,
              true,
              held == null ? null : held.place()));
      return;
    }
    if (negated) {
      for (int p = Math.max(0, j - 4); p <= j; p++) {
        if (Lexicon.LAST_PART.contains(tokens.get(p).norm())) {
          drafts.add(new Draft(TERRITORIAL, "area_controlled", k, null, null, side, true, null));
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
    if (m == null || (before >= 0 && (timeClause(tokens, before) || tokens.get(before).is("of")))) {
      return;
    }
    // "the towns of Izium and Lyman are under": the first place of the list.
    Gazetteer.Mention listed =
        m.first() > 1 && tokens.get(m.first() - 1).is("and")
            ? placeEndingAt(sentence, m.first() - 2)
            : null;
    Place place = (listed != null ? listed : m).place();
    drafts.add(
        new Draft(
            TERRITORIAL,
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
    while (i >= Math.max(0, k - 3)
        && (determiner(tokens.get(i))
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
  private static boolean pushedFrom(Sentence sentence, int k, List<Draft> drafts) {
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
      }
    }
    Place place = particle < 0 ? null : placeAfter(sentence, particle + 2);
    if (place == null) {
      return pushedOffGround(sentence, k, drafts);
    }
    String pushed = null;
    for (int i = k + 1; i < particle && pushed == null; i++) {
      pushed = Actors.sideOf(tokens.get(i));
    }
    String subject = null;
    for (int i = k - 1; i >= Math.max(0, k - SUBJECT_REACH) && subject == null; i--) {
      if (!objectOfPreposition(tokens, i)) {
        subject = Actors.sideOf(tokens.get(i));
      }
    }
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
      drafts.add(new Draft(TERRITORIAL, kind, k, null, null, side, true, place));
    }
    return true;
  }

  /**
   * Whether a push is under way rather than done: "were gradually pushing Russian forces out of
   * Kharkiv" has not taken the place yet, "after pushing them out of Kherson" has.
   */
  private static boolean underway(List<Token> tokens, int k) {
    return tokens.get(k).norm().endsWith("ing")
        && !(k > 0 && Lexicon.EVENT_LEADS.contains(tokens.get(k - 1).norm()));
  }

  /**
   * Forces pushed without a place named: "pushed Russian soldiers back" is their withdrawal;
   * "pushing back the enemy on some streets" and "driving the Russians from a swath of the city
   * centre" gain the pusher part of the ground. The pushed must be troops or a side, so that
   * "pushed back the deadline" is nothing. Returns whether a draft was made.
   */
  private static boolean pushedOffGround(Sentence sentence, int k, List<Draft> drafts) {
    List<Token> tokens = sentence.tokens();
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
    String subject = null;
    for (int i = k - 1; i >= Math.max(0, k - SUBJECT_REACH) && subject == null; i--) {
      if (!objectOfPreposition(tokens, i)) {
        subject = Actors.sideOf(tokens.get(i));
      }
    }
    String kind = part ? "area_gained" : "withdrawal";
    String side =
        part
            ? (subject != null ? subject : Actors.opposite(pushed))
            : (pushed != null ? pushed : Actors.opposite(subject));
    if (side == null) {
      return false;
    }
    drafts.add(new Draft(TERRITORIAL, kind, k, null, null, side, true, null));
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
    // Crowds storm rooms and trains reach borders: only troops gain ground so.
    if ((storming || reaching) && !forcesNear(tokens, k)) {
      return;
    }
    Place place;
    boolean placed = true;
    String distanceText = null;
    if (reaching) {
      place = notCountry(objectPlace(sentence, k));
      placed = !borderAfter(tokens, k);
    } else if (Lexicon.ADVANCES.contains(w) && distanceAfter(tokens, k) >= 0) {
      place = null;
      placed = false;
      // The distance stays as the claim's words, so that an advance of 70 km is not taken for a
      // restatement of a gain in the region told before.
      int distance = distanceAfter(tokens, k);
      distanceText = text(sentence, distance, distance + 1);
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
        place = notCountry(nearestPlace(sentence, k));
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
    Side side = actorOf(sentence, making >= 0 ? making : k, topicActor);
    if (side.name == null || !side.inSentence) {
      return;
    }
    drafts.add(
        new Draft(TERRITORIAL, "area_gained", k, null, distanceText, side.name, true, place));
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
    if (preposition >= tokens.size()
        || !Lexicon.ADVANCE_PREPOSITIONS.contains(tokens.get(preposition).norm())) {
      return null;
    }
    for (int i = preposition + 1; i < Math.min(tokens.size(), preposition + 9); i++) {
      // "a breakthrough in talks in Istanbul" is no ground.
      if (tokens.get(i).is(",")
          || tokens.get(i).is(".")
          || tokens.get(i).is(";")
          || Lexicon.NON_GROUND.contains(tokens.get(i).norm())) {
        return null;
      }
      Place place = placeAt(sentence, i);
      // "advances in Ukraine": a whole country is no place gained, a part of it is.
      if (partOfCountry(tokens, i)) {
        return place != null ? place : UKRAINE;
      }
      if (place != null) {
        return notCountry(place);
      }
    }
    return null;
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

  /** "prevent Russian forces from storming in", "stop them from reaching the border". */
  private static boolean prevented(List<Token> tokens, int k) {
    if (k < 2 || !tokens.get(k - 1).is("from")) {
      return false;
    }
    for (int i = Math.max(0, k - 7); i < k - 1; i++) {
      if (Lexicon.PREVENTING.contains(tokens.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  /** "reached the border", "reached the state border with Russia". */
  private static boolean borderAfter(List<Token> tokens, int k) {
    for (int i = k + 1; i < Math.min(tokens.size(), k + 4); i++) {
      if (Lexicon.BORDERS.contains(tokens.get(i).norm())) {
        return true;
      }
    }
    return false;
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
    for (int i = Math.max(0, k - 3); i < k; i++) {
      if (Lexicon.DENIALS.contains(tokens.get(i).norm())) {
        return true;
      }
    }
    return false;
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
          drafts.add(new Draft(TERRITORIAL, "withdrawal", k, null, null, side.name, true, aimed));
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
    if ((Lexicon.WITHDRAW_NOUNS.contains(w) || retreatAsNoun(tokens, k))
        && (!nominalWithdrawal(tokens, k) || deniedBefore(tokens, k))) {
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
    // A withdrawal is of forces by a side the sentence names: companies pull out of markets,
    // governments withdraw from treaties.
    String madeTo = madeTo(tokens, k);
    if (madeTo == null && onlyPossible(tokens, k)) {
      return;
    }
    Side side = madeTo != null ? new Side(madeTo, true) : actorOf(sentence, k, topicActor);
    if (!side.inSentence && invadersBefore(tokens, k)) {
      side = new Side(Actors.RUSSIA, true);
    }
    if (side.name == null || !side.inSentence || (from == null && !forcesNear(tokens, k))) {
      return;
    }
    if (from == null && fromRegion) {
      Place nearest = nearestPlace(sentence, k);
      if (nearest != null) {
        Place region = Gazetteer.embedded().region(nearest.admin1());
        from = region != null ? region : nearest;
      }
    }
    drafts.add(
        new Draft(TERRITORIAL, "withdrawal", k, null, null, side.name, side.inSentence, from));
  }

  /**
   * The place an aim given up was after, from {@code from}: "their bid to capture Kyiv", "his
   * campaign to take the capital Kyiv", "the assault on Kyiv".
   */
  private static Place aimedAt(Sentence sentence, int from) {
    List<Token> tokens = sentence.tokens();
    int i = from;
    while (i < Math.min(tokens.size(), from + 3) && !Lexicon.AIMS.contains(tokens.get(i).norm())) {
      if (!determiner(tokens.get(i)) && Actors.sideOf(tokens.get(i)) == null) {
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
    for (int i = k - 1; i >= Math.max(0, k - SUBJECT_REACH); i--) {
      String side = Actors.sideOf(tokens.get(i));
      if (side != null && !objectOfPreposition(tokens, i)) {
        return new Side(side, true);
      }
    }
    boolean comma = false;
    for (int i = k + 1; i < Math.min(tokens.size(), k + SUBJECT_REACH); i++) {
      comma |= tokens.get(i).is(",");
      String side = comma ? Actors.sideOf(tokens.get(i)) : null;
      if (side != null && !objectOfPreposition(tokens, i)) {
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
      String noun = tokens.get(i).base();
      if (Lexicon.FORCE_NOUNS.contains(noun) || Lexicon.FORCES_AS_PEOPLE.contains(noun)) {
        return true;
      }
    }
    boolean adjective = tokens.get(k).is("fleeing") && (k == 0 || determiner(tokens.get(k - 1)));
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
    String w = tokens.get(i).base();
    return Lexicon.FORCE_NOUNS.contains(w)
        || Lexicon.FORCES_AS_PEOPLE.contains(w)
        || w.equals("they")
        || (Actors.sideOf(tokens.get(i)) != null
            && tokens.get(i).isCapitalised()
            && !w.endsWith("n"));
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
        && (determiner(tokens.get(i)) || Actors.sideOf(tokens.get(i)) != null)) {
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
    String side = moved != null ? moved : firstSubject(sentence);
    if (side == null) {
      return;
    }
    Place from = placeAfter(sentence, i + 3);
    drafts.add(new Draft(TERRITORIAL, "withdrawal", k, null, null, side, true, from));
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
            || Set.of("to", "they", "we", "and", "troops", "forces", "soldiers")
                .contains(before.norm())
            || before.norm().endsWith("ly");
    return !verb;
  }

  /** Whether troops or their armour are named within a few words of {@code k}. */
  private static boolean forcesNear(List<Token> tokens, int k) {
    for (int i = Math.max(0, k - 6); i < Math.min(tokens.size(), k + 7); i++) {
      if (Lexicon.FORCE_NOUNS.contains(tokens.get(i).base())
          || Lexicon.FORCES_AS_PEOPLE.contains(tokens.get(i).base())
          || Lexicon.MILITARY_VEHICLES.contains(tokens.get(i).norm())) {
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
    for (int i = from; i < Math.min(tokens.size(), from + 4); i++) {
      if (Lexicon.NON_GROUND.contains(tokens.get(i).norm())) {
        return true;
      }
    }
    return false;
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

  /**
   * "the captured city", "those withdrawn forces", "the recently liberated Izium": a participle
   * used as an adjective, naming no event of its own.
   */
  private static boolean adjectival(List<Token> tokens, int k) {
    // A noun after the participle makes it an adjective; a preposition or a particle makes it the
    // event ("the withdrawal of", "the retreat from", "were all snatched back").
    Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
    Set<String> prepositions =
        Set.of("of", "from", "by", "to", "in", "on", "at", "and", "or", "back", "out");
    if (next == null || !next.isWord() || prepositions.contains(next.norm())) {
      return false;
    }
    String before = k > 0 ? tokens.get(k - 1).norm() : "";
    String twoBefore = k > 1 ? tokens.get(k - 2).norm() : "";
    Set<String> determiners =
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
    // "the bridge between annexed Crimea and the mainland", "aid to liberated Izium"
    boolean afterPreposition =
        Lexicon.PREPOSITIONS.contains(before)
            && (tokens.get(k).norm().endsWith("ed") || tokens.get(k).norm().endsWith("en"));
    return determiners.contains(before)
        || (before.endsWith("ly") && determiners.contains(twoBefore))
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

  private static boolean determiner(Token t) {
    return Set.of("the", "a", "an", "its", "their", "his", "her", "our", "any").contains(t.norm())
        || t.norm().endsWith("'s");
  }

  /** The place a verb acts on: the first place after it, with only filler words between. */
  private static Place objectPlace(Sentence sentence, int k) {
    List<Token> tokens = sentence.tokens();
    for (int i = k + 1; i < Math.min(tokens.size(), k + 8); i++) {
      Place place = placeAt(sentence, i);
      if (place != null) {
        return place;
      }
      if (!Lexicon.OBJECT_FILLERS.contains(tokens.get(i).norm())) {
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
   * Settlements taken without a name: "capturing strategically important towns" are settlements
   * taken, with no count; "Russian troops seized the town." takes the town named before, which the
   * claim's place comes from. The verb must tell of an event, after its subject, an auxiliary or a
   * comma: in "officials toured liberated villages" the participle describes them.
   */
  private static void unnamedSettlements(
      Sentence sentence, int k, String topicActor, List<Draft> drafts) {
    List<Token> tokens = sentence.tokens();
    Token before = k > 0 ? tokens.get(k - 1) : null;
    boolean event =
        before != null
            && (Lexicon.BE_HAVE.contains(before.norm())
                || Actors.sideOf(before) != null
                || Lexicon.FORCE_NOUNS.contains(before.base())
                || adverb(before)
                || (before.is(",") && tokens.get(k).norm().endsWith("ing")));
    if (!event) {
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
    Side side = actorOf(sentence, k, topicActor);
    if (!side.inSentence) {
      return;
    }
    if (Lexicon.SETTLEMENTS_PLURAL.contains(n)) {
      Quantity vague = new Quantity(k + 1, noun, noun + 1, null, null, null, "vague", null, n);
      drafts.add(
          new Draft(
              TERRITORIAL,
              "settlements_taken",
              k,
              vague,
              text(sentence, k + 1, noun),
              side.name,
              true,
              null));
    } else if (Lexicon.SETTLEMENT_KINDS.contains(n)
        && tokens.get(noun - 1).is("the")
        && endsReducedClause(tokens, noun + 1)
        && !(noun + 1 < tokens.size() && tokens.get(noun + 1).is("of"))) {
      // "the town hall", "the city of Lyman" are no town named before.
      drafts.add(new Draft(TERRITORIAL, "place_taken", k, null, null, side.name, true, null));
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
      auxiliary |= Set.of("was", "were", "been", "is", "are", "being").contains(w);
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
   * The place a relative clause is about: "Crimea, which Russia seized in 2014", "Lyman, which
   * Ukrainian forces had liberated". Only the side, its troops, adverbs and auxiliaries may stand
   * between "which" and the verb.
   */
  private static Place relativeObject(Sentence sentence, int k) {
    List<Token> tokens = sentence.tokens();
    for (int i = k - 1; i >= Math.max(1, k - 6); i--) {
      Token t = tokens.get(i);
      if (t.is("which") || t.is("that")) {
        int end = tokens.get(i - 1).is(",") ? i - 2 : i - 1;
        Gazetteer.Mention m = end >= 0 ? placeEndingAt(sentence, end) : null;
        if (m == null && end >= 0) {
          m = appositiveHead(sentence, end);
        }
        return m == null ? null : m.place();
      }
      boolean between =
          Actors.sideOf(t) != null
              || Lexicon.FORCE_NOUNS.contains(t.base())
              || Lexicon.BE_HAVE.contains(t.norm())
              || adverb(t);
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
      if (!Lexicon.OBJECT_FILLERS.contains(tokens.get(i).norm())) {
        return null;
      }
    }
    return null;
  }

  private static Place placeAfter(Sentence sentence, int from) {
    List<Token> tokens = sentence.tokens();
    for (int i = from; i < Math.min(tokens.size(), from + 4); i++) {
      Gazetteer.Mention m = sentence.placeStarts()[i];
      if (m != null) {
        Place named = appositiveOf(sentence, m);
        return named != null ? named : m.place();
      }
      if (!Lexicon.OBJECT_FILLERS.contains(tokens.get(i).norm())) {
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
      if (!Lexicon.OBJECT_FILLERS.contains(tokens.get(i).norm())) {
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

  /** The place named nearest to a token, looking outwards from it. */
  private static Place nearestPlace(Sentence sentence, int anchor) {
    Gazetteer.Mention[] starts = sentence.placeStarts();
    Gazetteer.Mention[] ends = sentence.placeEnds();
    for (int d = 0; d < starts.length; d++) {
      if (anchor + d < starts.length
          && starts[anchor + d] != null
          && !referencePoint(sentence.tokens(), anchor + d)) {
        return starts[anchor + d].place();
      }
      if (anchor - d >= 0
          && anchor - d < ends.length
          && ends[anchor - d] != null
          && !referencePoint(sentence.tokens(), ends[anchor - d].first())) {
        return ends[anchor - d].place();
      }
    }
    return null;
  }

  /**
   * Whether the place starting at {@code first} only says where another lies: "Cherkasy, 160km
   * southeast of Kyiv" is about Cherkasy.
   */
  private static boolean referencePoint(List<Token> tokens, int first) {
    return first > 1
        && tokens.get(first - 1).is("of")
        && Lexicon.COMPASS.contains(tokens.get(first - 2).norm());
  }

  // ------------------------------------------------------------------------------ casualties

  /**
   * People killed, wounded, captured or missing, with or without a number. People killed or
   * wounded, counted with a noun for people or named, make a claim unless the sentence tells of a
   * mishap (a road accident or an epidemic is no casualty claim); a bare number ("killing 19"),
   * losses and captures also need war or other violence in the sentence, the one before or the
   * document.
   */
  private static void casualties(
      Sentence sentence,
      Sentence previous,
      boolean violentDocument,
      String topicActor,
      List<Draft> drafts,
      long deadline) {
    List<Token> tokens = sentence.tokens();
    boolean violent = mentions(tokens, Lexicon.VIOLENCE);
    boolean noMishap = violent || !mentions(tokens, Lexicon.MISHAP);
    boolean nearViolence =
        violent
            || (noMishap
                && (violentDocument
                    || (previous != null && mentions(previous.tokens(), Lexicon.VIOLENCE))));
    List<Quantity> counts = Quantities.find(tokens);
    for (int n = 0; n < counts.size(); n++) {
      checkTime(deadline);
      Quantity q = counts.get(n);
      if (q.unit() != null && !"people".equals(q.unit())) {
        continue;
      }
      // "24 people, including 11 men and 13 women, were killed": the 13 are part of the 24.
      // "injuries to one of his legs": a number picking from someone's things, not people.
      // "of 11 volunteers, eight died": the eleven are the group the dead came from.
      if (partOfAnotherCount(tokens, q)
          || (q.unit() == null
              && q.last() + 2 < tokens.size()
              && tokens.get(q.last() + 1).is("of")
              && Lexicon.THING_OWNERS.contains(tokens.get(q.last() + 2).norm()))
          || groupOfAPart(tokens, q)
          || noneOf(tokens, q.first())) {
        continue;
      }
      // "two children and two adults died": one count of four, said in two parts.
      Quantity next = n + 1 < counts.size() ? counts.get(n + 1) : null;
      boolean firstPart = next != null && coordinated(tokens, q, next);
      int trigger = casualtyTrigger(tokens, firstPart ? next : q);
      if (trigger < 0 || blocked(tokens, trigger)) {
        continue;
      }
      if (firstPart && trigger > next.last()) {
        q = sum(q, next);
        n++;
      }
      String kind = casualtyKind(tokens, trigger);
      // "lost 5" counts tanks as often as people: losses need a people noun ("5,000
      // casualties" are people).
      if (Lexicon.LOSSES.contains(tokens.get(trigger).norm()) && q.unit() == null) {
        continue;
      }
      if (!(nearViolence || (noMishap && q.unitNoun() != null && killedOrWounded(kind)))) {
        continue;
      }
      Quantity people = q.unit() == null ? q.withUnit(q.last(), "people", null) : q;
      Side side = casualtySide(sentence, q, trigger, kind, topicActor);
      drafts.add(
          new Draft(
              CASUALTY,
              kind,
              trigger,
              people,
              text(sentence, q.first(), q.last()),
              side.name,
              side.inSentence,
              null));
    }
    for (int k = 1; k < tokens.size() && nearViolence; k++) {
      int first = lossesWithoutNumber(tokens, k);
      if (first < 0 || blocked(tokens, first)) {
        continue;
      }
      Side side = lossesSide(sentence, k - 1, topicActor);
      Quantity vague = new Quantity(first, k, k, null, null, null, "vague", null, null);
      drafts.add(
          new Draft(
              CASUALTY,
              "casualties",
              k,
              vague,
              text(sentence, first, k),
              side.name,
              side.inSentence,
              null));
    }
    if (noMishap) {
      countlessCasualties(sentence, violent, nearViolence, drafts, deadline);
    }
  }

  /**
   * "two small children and two adults", each counted with a people noun, coordinated by "and" with
   * nothing else between: the parts of one count when the casualty word follows both.
   */
  private static boolean coordinated(List<Token> tokens, Quantity q, Quantity next) {
    return q.unitNoun() != null
        && next.unitNoun() != null
        && next.first() == q.last() + 2
        && tokens.get(q.last() + 1).is("and")
        && q.low() != null
        && next.low() != null
        && Objects.equals(q.qualifier(), next.qualifier())
        && !partOfAnotherCount(tokens, next)
        && Actors.CIVILIAN_NOUNS.contains(q.unitNoun())
            == Actors.CIVILIAN_NOUNS.contains(next.unitNoun())
        && Objects.equals(sideNamedIn(tokens, q), sideNamedIn(tokens, next));
  }

  /** The side named among a count's words: "500 Russian soldiers". */
  private static String sideNamedIn(List<Token> tokens, Quantity q) {
    for (int i = q.numberEnd(); i <= q.last() && i < tokens.size(); i++) {
      String side = Actors.sideOf(tokens.get(i));
      if (side != null) {
        return side;
      }
    }
    return null;
  }

  /** The count of two coordinated parts, in the words of both. */
  private static Quantity sum(Quantity q, Quantity next) {
    return new Quantity(
        q.first(),
        next.last(),
        next.numberEnd(),
        q.low() + next.low(),
        q.best() + next.best(),
        q.high() == null || next.high() == null ? null : q.high() + next.high(),
        q.qualifier(),
        "people",
        next.unitNoun());
  }

  /**
   * "of 11 volunteers, eight died", "Of 40 recruits from the village, nine died": a count after
   * "of" whose clause ends in a comma and a part of it.
   */
  private static boolean groupOfAPart(List<Token> tokens, Quantity q) {
    if (q.first() == 0
        || !tokens.get(q.first() - 1).is("of")
        || (q.first() > 1 && isCasualtyWord(tokens, q.first() - 2))) {
      return false;
    }
    for (int i = q.last() + 1; i + 1 < Math.min(tokens.size(), q.last() + 6); i++) {
      if (tokens.get(i).is(",")) {
        return Quantities.startsNumber(tokens, i + 1);
      }
      if (!tokens.get(i).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** "none of the 330 people inside died": the count is of those spared. */
  private static boolean noneOf(List<Token> tokens, int first) {
    int i = first - 1;
    if (i >= 0 && tokens.get(i).is("the")) {
      i--;
    }
    return i >= 1 && tokens.get(i).is("of") && tokens.get(i - 1).is("none");
  }

  /**
   * Losses told as a fact without a number, as the index of their first word, or -1: "heavy
   * losses", "significant casualties", "suffered losses", "losses were sustained", "a heavy toll".
   * Bare "losses" may be wished, feared or replenished, so a word around it must say they were
   * suffered.
   */
  private static int lossesWithoutNumber(List<Token> tokens, int k) {
    // "a heavy toll on its best units", "the human toll of the war"; not "took a heavy toll,
    // mentally", and "the human toll rose to 50" is a count.
    if (tokens.get(k).is("toll")) {
      String before = tokens.get(k - 1).norm();
      if (k + 1 == tokens.size() || !(tokens.get(k + 1).is("on") || tokens.get(k + 1).is("of"))) {
        return -1;
      }
      for (int i = k + 1; i < Math.min(tokens.size(), k + 8); i++) {
        if (Quantities.startsNumber(tokens, i)) {
          return -1;
        }
      }
      return Lexicon.HEAVY.contains(before) || before.equals("human") ? k - 1 : -1;
    }
    if (!tokens.get(k).is("losses") && !tokens.get(k).is("casualties")) {
      return -1;
    }
    if (Lexicon.HEAVY.contains(tokens.get(k - 1).norm())) {
      return k - 1;
    }
    // "suffered losses of seven aircraft": what was lost is counted, and people counted make a
    // claim with a number.
    if (k + 2 < tokens.size()
        && tokens.get(k + 1).is("of")
        && Quantities.startsNumber(tokens, k + 2)) {
      return -1;
    }
    // "suffered losses", "suffering further losses"
    for (int i = k - 1; i >= Math.max(0, k - 2); i--) {
      if (Lexicon.SUFFERED.contains(tokens.get(i).norm())) {
        return i;
      }
      if (!tokens.get(i).isWord()) {
        break;
      }
    }
    // "losses were sustained", "losses have been incurred"
    for (int i = k + 1; i < Math.min(tokens.size(), k + 5); i++) {
      String w = tokens.get(i).norm();
      if (Lexicon.SUFFERED.contains(w)) {
        return Lexicon.BE.contains(tokens.get(i - 1).norm()) ? k : -1;
      }
      if (!tokens.get(i).isWord() || Lexicon.PREPOSITIONS.contains(w)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean killedOrWounded(String kind) {
    return kind.equals("killed") || kind.equals("wounded");
  }

  /**
   * People killed, wounded or captured without a number: "Col Ivanov was killed in the strike", "a
   * woman injured in the blast", "civilians who were executed", "several soldiers died", "the drone
   * killed a volunteer", "injuring many more". The claim has no value (qualifier vague); its value
   * text names the people, which tells claims of one document apart.
   */
  private static void countlessCasualties(
      Sentence sentence, boolean violent, boolean nearViolence, List<Draft> drafts, long deadline) {
    List<Token> tokens = sentence.tokens();
    boolean death = mentions(tokens, Lexicon.KILLED);
    // A death by illness stays one in a sentence that names a war: "a veteran of the Iraq War,
    // died of cancer".
    boolean violentDeath =
        (violent || mentions(tokens, Lexicon.WOUNDS)) && !mentions(tokens, Lexicon.MISHAP);
    for (int k = 0; k < tokens.size(); k++) {
      String w = tokens.get(k).norm();
      boolean shotDead = w.equals("dead") && k > 0 && tokens.get(k - 1).is("shot");
      // "was shot in the leg": wounded; shot elsewhere may as well have died.
      boolean shot = w.equals("shot") && shotInALimb(tokens, k) && !death;
      boolean passive = Lexicon.PASSIVE_CASUALTY.contains(w) || shotDead || shot;
      // "lost their lives", "lost his life"
      boolean livesLost =
          Lexicon.LIFE_TAKING.contains(w)
              && k + 2 < tokens.size()
              && Lexicon.LIFE_OWNERS.contains(tokens.get(k + 1).norm())
              && Lexicon.LIVES.contains(tokens.get(k + 2).norm());
      // Dying needs violence or wounds in its own sentence, "after Stalin died" being no
      // casualty, or people who died in numbers near violence ("several children have died").
      boolean dyingWord = Lexicon.DYING.contains(w) || livesLost;
      // "the brigade surrendered": the people before the verb, as for dying, but only in war.
      boolean surrendered = w.equals("surrendered");
      boolean dying = (dyingWord || surrendered) && (violentDeath || nearViolence);
      boolean active = Lexicon.ACTIVE_CASUALTY.contains(w);
      // "a captured Russian commander", "images of dead civilians"
      int[] described = nearViolence ? describedVictims(sentence, k) : null;
      if (!(passive || dying || active || described != null)) {
        continue;
      }
      checkTime(deadline);
      if (blocked(tokens, shotDead ? k - 1 : k)) {
        continue;
      }
      int[] people = described;
      if (people == null && (passive || dying)) {
        people = victimsBefore(sentence, shotDead ? k - 1 : k, dying);
      }
      if (people == null && active) {
        people = victimsAfter(sentence, k);
      }
      // "if the last defenders are killed", "how many troops have been killed"
      if (people == null
          || (people[0] > 0 && Lexicon.NOT_ASSERTED.contains(tokens.get(people[0] - 1).norm()))
          || (dyingWord && !violentDeath && !plural(tokens, people[1]))) {
        continue;
      }
      String kind = shotDead ? "killed" : shot ? "wounded" : casualtyKind(tokens, k);
      // A captured "he" may be a town: only people nouns are taken prisoner without a number,
      // and only in a war ("the suspect was captured on camera").
      if (kind.equals("captured") && !(nearViolence && isPersonNoun(tokens, people[1]))) {
        continue;
      }
      String noun = tokens.get(people[1]).norm();
      Quantity vague =
          pairOfPeople(tokens, people[0], people[1])
              ? new Quantity(
                  people[0], people[1], people[1] + 1, 2.0, 2.0, 2.0, "exact", "people", noun)
              : new Quantity(
                  people[0], people[1], people[1] + 1, null, null, null, "vague", null, noun);
      Side side = victimsSide(tokens, people[0], people[1]);
      drafts.add(
          new Draft(
              CASUALTY,
              kind,
              k,
              vague,
              text(sentence, people[0], people[1]),
              side.name,
              side.inSentence,
              null));
    }
  }

  /**
   * The people a word describes as casualties, as {first, last} token indexes, or null: "a captured
   * Russian commander" (after a determiner, so "troops captured soldiers" is left to the verb
   * rules), and dead people or bodies that were seen, found or lay somewhere ("bodies lie in the
   * streets", "images showing dead civilians").
   */
  private static int[] describedVictims(Sentence sentence, int k) {
    List<Token> tokens = sentence.tokens();
    String w = tokens.get(k).norm();
    // "four dead bodies", "13 bodies": a count, for the rules of numbers.
    boolean counted =
        (k > 0 && Quantities.startsNumber(tokens, k - 1))
            || (k > 1 && Quantities.startsNumber(tokens, k - 2));
    if (counted) {
      return null;
    }
    if (w.equals("bodies") || w.equals("corpses")) {
      return bodiesFound(tokens, k) ? new int[] {k, k} : null;
    }
    // Killings told without their people: "a deadly strike on the market", "the Bucha
    // massacre", "mass graves".
    if (Lexicon.DEADLY.contains(w)
        && k + 1 < tokens.size()
        && Lexicon.ATTACKS.contains(tokens.get(k + 1).norm())) {
      return new int[] {k, k + 1};
    }
    if (Lexicon.KILLINGS_UNNAMED.contains(w)) {
      // "It was a massacre" names what was told before.
      boolean named =
          k > 1 && tokens.get(k - 1).is("a") && Lexicon.BE.contains(tokens.get(k - 2).norm());
      boolean graves = w.equals("graves");
      boolean mass = k > 0 && tokens.get(k - 1).is("mass");
      return !named && (!graves || mass) ? new int[] {k, k} : null;
    }
    // "held as prisoners of war", "believed to be prisoners", "took several prisoners"; not
    // "should be treated as prisoners of war".
    if ((w.equals("prisoners") || w.equals("pows")) && k > 1) {
      String before = tokens.get(k - 1).norm();
      String twoBefore = tokens.get(k - 2).norm();
      boolean made =
          Lexicon.MADE_PRISONER.contains(before)
              || (before.equals("as") && Lexicon.HELD.contains(twoBefore))
              || (Quantities.VAGUE_WORDS.contains(before)
                  && Lexicon.MADE_PRISONER.contains(twoBefore));
      return made ? new int[] {k, k} : null;
    }
    // "the assassination of a Ukrainian mayor", "the killing of Olena Kovalenko": one person, as
    // "the killing of civilians" or "mass murder" speak of killing in general.
    if (Lexicon.KILLING_NOUNS.contains(w)
        && k + 1 < tokens.size()
        && tokens.get(k + 1).is("of")
        && !(k > 0 && tokens.get(k - 1).is("mass"))) {
      for (int j = k + 2; j < Math.min(tokens.size(), k + 7); j++) {
        if (isPersonNoun(tokens, j)) {
          return plural(tokens, j) ? null : new int[] {k + 2, j};
        }
        if (isName(sentence, j)) {
          int last = j;
          while (last + 1 < tokens.size() && last - j < NAME_WORDS && isName(sentence, last + 1)) {
            last++;
          }
          return new int[] {j, last};
        }
        if (!tokens.get(j).isWord() || Lexicon.PREPOSITIONS.contains(tokens.get(j).norm())) {
          return null;
        }
      }
      return null;
    }
    boolean captured =
        w.equals("captured")
            && k > 0
            && (determiner(tokens.get(k - 1)) || tokens.get(k - 1).is("another"));
    // Dead people make a claim where they were seen or found: "images showing dead civilians",
    // "murdered civilians were found", unlike "my dead relatives" or "dead soldiers would be
    // fertiliser".
    boolean dead = Lexicon.DEAD.contains(w) && bodiesFound(tokens, k);
    if (!(captured || dead)) {
      return null;
    }
    // "dead civilians" but not "dead and wounded civilians" or "dead 10 days".
    for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
      // "a dead person's identity" tells of no death.
      if (isPersonNoun(tokens, j)) {
        return tokens.get(j).norm().endsWith("'s") ? null : new int[] {k + 1, j};
      }
      if (!tokens.get(j).isWord() || Actors.sideOf(tokens.get(j)) == null) {
        return null;
      }
    }
    return null;
  }

  /** "bodies lie in the streets", "bodies were found", "residents saw dead civilians". */
  private static boolean bodiesFound(List<Token> tokens, int k) {
    for (int i = Math.max(0, k - 3); i < Math.min(tokens.size(), k + 8); i++) {
      if (Lexicon.BODIES_FOUND.contains(tokens.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  /** "children", "soldiers", "people": a people noun in the plural. */
  private static boolean plural(List<Token> tokens, int i) {
    return isPersonNoun(tokens, i) && !Lexicon.PERSONS.contains(tokens.get(i).base());
  }

  /**
   * The people before a participle or a verb of dying, as {first, last} token indexes: its subject
   * through "was", "has been", "was reported", adverbs, "who" and an appositive ("Brent Renaud, 50,
   * was killed", "the commander, who led the assault, died in a strike"); without an auxiliary ("a
   * woman killed in the blast") only a people noun followed by a preposition or the end of the
   * clause. Null when no person is named there.
   */
  private static int[] victimsBefore(Sentence sentence, int k, boolean dying) {
    List<Token> tokens = sentence.tokens();
    int i = k - 1;
    // "was tortured and executed", "were mown down and killed", "had been raped before being
    // killed": the first participle's subject.
    int join =
        i >= 1 && tokens.get(i).is("being") && Lexicon.THEN.contains(tokens.get(i - 1).norm())
            ? i - 1
            : i;
    if (join >= 2
        && (tokens.get(join).is("and")
            || tokens.get(join).is("or")
            || Lexicon.THEN.contains(tokens.get(join).norm()))) {
      int j = join - 1;
      if (Lexicon.PARTICLES.contains(tokens.get(j).norm())) {
        j--;
      }
      String w = tokens.get(j).norm();
      boolean participle =
          w.endsWith("ed")
              || w.endsWith("en")
              || w.endsWith("wn")
              || Lexicon.PASSIVE_CASUALTY.contains(w);
      if (j >= 1 && participle) {
        i = j - 1;
      }
    }
    // A participle needs a form of "be" to be passive: in "Ivanov has killed" Ivanov killed.
    boolean passive = false;
    for (int steps = 0; i >= 0 && steps < 6; steps++, i--) {
      Token t = tokens.get(i);
      if (Lexicon.BE_HAVE.contains(t.norm())) {
        passive |= Lexicon.BE.contains(t.norm());
      } else if (!adverb(t) && !Lexicon.REPORTED.contains(t.norm()) && !isQuote(t)) {
        break;
      }
    }
    if (!passive && !dying && !endsReducedClause(tokens, k + 1)) {
      return null;
    }
    // A name or "he" dies in a war when the sentence says how ("died in a strike"); "after
    // Stalin died" tells of a death in bed.
    boolean named =
        passive
            || (dying
                && k + 1 < tokens.size()
                && Lexicon.HOW_DIED.contains(tokens.get(k + 1).norm()));
    // "a man who was hurt": the relative pronoun follows its person.
    boolean relative = i >= 0 && (tokens.get(i).is("who") || tokens.get(i).is("that"));
    if (relative) {
      i--;
      if (i >= 0 && tokens.get(i).is(",")) {
        i--;
      }
    } else if (i >= 0 && tokens.get(i).is(",")) {
      // An appositive: "Brent Renaud, 50, was killed", "the commander, Col Sukharev, was
      // killed", "the commander, who led the assault, died".
      boolean age = i >= 2 && tokens.get(i - 1).isNumber() && tokens.get(i - 2).is(",");
      if (age) {
        return subject(sentence, i - 3, named);
      }
      int[] right = subject(sentence, i - 1, named);
      if (right != null) {
        return right;
      }
      for (int j = i - 1; j > 0 && j > i - 25; j--) {
        if (tokens.get(j).is(",")) {
          return subject(sentence, j - 1, named);
        }
      }
      return null;
    }
    // "four people ventured out for water and were killed": the subject of both verbs.
    if (passive && i > 0 && tokens.get(i).is("and")) {
      return clauseOpening(sentence, i - 1, true);
    }
    int[] opening = passive && !relative && i >= 0 ? clauseOpening(sentence, i, false) : null;
    return opening != null ? opening : subject(sentence, i, named);
  }

  /** A quotation mark: "was \"unfortunately killed\"" quotes only part of a verb. */
  private static boolean isQuote(Token t) {
    return t.is("\"") || t.is("\u201c") || t.is("\u201d");
  }

  /**
   * The people opening the clause of a passive whose auxiliary follows {@code i}, when the words
   * between only describe them ("A colonel close to the governor has been wounded", "A cameraman
   * and a journalist travelling with him were killed") or, for a {@code predicate} joined by "and",
   * tell what else they did. Null when the clause opens otherwise, or with a count (for the rules
   * of numbers).
   */
  private static int[] clauseOpening(Sentence sentence, int i, boolean predicate) {
    List<Token> tokens = sentence.tokens();
    int start = i;
    while (start > 0 && !Lexicon.CLAUSE_BREAKS.contains(tokens.get(start - 1).norm())) {
      start--;
      if (i - start > SUBJECT_REACH / 2) {
        return null;
      }
    }
    int head = -1;
    for (int j = start; j <= Math.min(i, start + 4) && head < 0; j++) {
      if (isPersonNoun(tokens, j) && modifiersBefore(tokens, j) == start) {
        head = j;
      }
    }
    if (head < 0 || head == i) {
      return null;
    }
    // "a cameraman and a journalist"
    if (tokens.get(head + 1).is("and")) {
      for (int j = head + 2; j <= Math.min(i, head + 6); j++) {
        if (isPersonNoun(tokens, j) && modifiersBefore(tokens, j) == head + 2) {
          head = j;
          break;
        }
      }
    }
    // What follows describes them ("close to ...", "travelling with him") and starts no clause:
    // in "a soldier and a medic carry a man who was hurt" the verb "carry" begins another.
    String describing = tokens.get(head + 1).norm();
    if (!predicate
        && !(Lexicon.PREPOSITIONS.contains(describing)
            || describing.equals("close")
            || describing.endsWith("ing"))) {
      return null;
    }
    for (int j = head + 1; j <= i; j++) {
      String w = tokens.get(j).norm();
      if ((Lexicon.BE_HAVE.contains(w) && !predicate)
          || Lexicon.CLAUSE_OPENERS.contains(w)
          || Claimants.isSpeechVerb(w)) {
        return null;
      }
    }
    return new int[] {start, head};
  }

  /** "a cameraman and a journalist": two people, each named in the singular. */
  private static boolean pairOfPeople(List<Token> tokens, int first, int last) {
    for (int a = first + 1; a < last; a++) {
      if (tokens.get(a).is("and")) {
        return isPersonNoun(tokens, a - 1)
            && !plural(tokens, a - 1)
            && isPersonNoun(tokens, last)
            && !plural(tokens, last);
      }
    }
    return false;
  }

  /**
   * The person whose last word is at {@code i}: a people noun, or when {@code named} a name or
   * "he".
   */
  private static int[] subject(Sentence sentence, int i, boolean named) {
    List<Token> tokens = sentence.tokens();
    if (i < 0) {
      return null;
    }
    if (isPersonNoun(tokens, i)) {
      int first = modifiersBefore(tokens, i);
      // "13 women were killed" is a count, whether or not that count makes a claim.
      boolean counted = first > 0 && Quantities.startsNumber(tokens, first - 1);
      return counted ? null : new int[] {first, i};
    }
    if (!named) {
      return null;
    }
    // "some were ultimately killed", "many were wounded": people left unnamed.
    if (Lexicon.SOME_PEOPLE.contains(tokens.get(i).norm())
        && (i == 0 || !tokens.get(i - 1).isWord() || tokens.get(i - 1).is("and"))) {
      return new int[] {i, i};
    }
    if (tokens.get(i).is("he") || tokens.get(i).is("she")) {
      return new int[] {i, i};
    }
    if (isName(sentence, i)) {
      int first = i;
      // "Col. Sergei Sukharev": names, titles and the points of their abbreviations.
      while (first > 0
          && i - first < NAME_WORDS
          && (isName(sentence, first - 1)
              || title(tokens.get(first - 1))
              || (tokens.get(first - 1).is(".") && first > 1 && title(tokens.get(first - 2))))) {
        first--;
      }
      return new int[] {first, i};
    }
    return null;
  }

  /** The people after an active verb: "killed a Ukrainian volunteer", "injuring many more". */
  private static int[] victimsAfter(Sentence sentence, int k) {
    List<Token> tokens = sentence.tokens();
    // "was killed" is passive: what follows it is no object; "accused of killing civilians",
    // "stop killing people" tell of no event.
    if (k > 0
        && (Lexicon.BE.contains(tokens.get(k - 1).norm())
            || (tokens.get(k).norm().endsWith("ing")
                && (Lexicon.PREPOSITIONS.contains(tokens.get(k - 1).norm())
                    || Lexicon.HABIT_VERBS.contains(tokens.get(k - 1).norm()))))) {
      return null;
    }
    for (int j = k + 1; j < Math.min(tokens.size(), k + 5); j++) {
      Token t = tokens.get(j);
      if (isPersonNoun(tokens, j)) {
        // "treating wounded soldiers": a participle right before its noun is an adjective;
        // "troops captured soldiers" is a verb unless a determiner makes it one ("the captured
        // soldiers", which describedVictims reads).
        String verb = tokens.get(k).norm();
        boolean adjective =
            j == k + 1
                && !verb.startsWith("kill")
                && !(verb.startsWith("captur") && k > 0 && !determiner(tokens.get(k - 1)));
        return adjective ? null : new int[] {k + 1, j};
      }
      if (j == k + 1 && isName(sentence, j)) {
        int last = j;
        while (last + 1 < tokens.size() && last - j < NAME_WORDS && isName(sentence, last + 1)) {
          last++;
        }
        return new int[] {j, last};
      }
      // Words and word-like numbers ("the 29-year-old daughter"), not counts.
      boolean modifier =
          (t.isWord() || (t.isNumber() && t.norm().contains("-")))
              && !Lexicon.PREPOSITIONS.contains(t.norm())
              && !Lexicon.BE_HAVE.contains(t.norm())
              && !t.is("and")
              && !t.is("or");

      if (!modifier || Quantities.parseDigits(t.norm()) != null) {
        return null;
      }
    }
    return null;
  }

  /** "shot in the leg", "shot twice in his arm". */
  private static boolean shotInALimb(List<Token> tokens, int k) {
    for (int i = k + 1; i + 2 < tokens.size() && i < k + 7; i++) {

      if (tokens.get(i).is("in")) {
        return Lexicon.LIMBS.contains(tokens.get(i + 2).norm());
      }
    }
    return false;
  }

  /** A word that may be a noun: not a preposition or conjunction. */
  private static boolean isNoun(Token t) {
    return t.isWord()
        && !Lexicon.PREPOSITIONS.contains(t.norm())
        && !Set.of("and", "or", "but", "as", "while", "when", "after").contains(t.norm());
  }

  /** "a woman killed in the blast", "soldiers killed or captured": the clause ends here. */
  private static boolean endsReducedClause(List<Token> tokens, int next) {
    if (next >= tokens.size()) {
      return true;
    }
    Token t = tokens.get(next);
    return !t.isWord()
        || Lexicon.PREPOSITIONS.contains(t.norm())
        || Set.of(
                "and",
                "or",
                "during",
                "when",
                "while",
                "after",
                "as",
                "near",
                "overnight",
                "earlier",
                "last",
                "yesterday",
                "alongside",
                "amid",
                "since")
            .contains(t.norm());
  }

  /** Lower-case adverbs between an auxiliary and its participle: "was reportedly killed". */
  private static boolean adverb(Token t) {
    String w = t.norm();
    return !t.isCapitalised()
        && t.isWord()
        && (w.endsWith("ly")
            || Set.of("also", "later", "then", "already", "since", "just", "now", "both", "all")
                .contains(w));
  }

  /**
   * A noun for people: "soldier", "civilians", "others"; "more" only after a word of number ("many
   * more").
   */
  private static boolean isPersonNoun(List<Token> tokens, int i) {
    String w = tokens.get(i).base();
    if (w.equals("more")) {
      return i > 0 && Quantities.VAGUE_WORDS.contains(tokens.get(i - 1).norm());
    }
    // "an armoured personnel carrier"
    if (i + 1 < tokens.size() && tokens.get(i + 1).norm().startsWith("carrier")) {
      return false;
    }
    return Lexicon.PERSONS.contains(w)
        || Quantities.PEOPLE_NOUNS.contains(w)
        || Lexicon.personsPlural(w);
  }

  /** The words before a people noun that belong to it: "a young Ukrainian soldier". */
  private static int modifiersBefore(List<Token> tokens, int head) {
    int first = head;
    while (first > 0 && head - first < 4) {
      Token t = tokens.get(first - 1);
      boolean modifier =
          t.isWord()
              && !Quantities.startsNumber(tokens, first - 1)
              && !Lexicon.PREPOSITIONS.contains(t.norm())
              && !Lexicon.BE_HAVE.contains(t.norm())
              && !Lexicon.NOT_ASSERTED.contains(t.norm())
              && !Set.of(
                      "and", "or", "but", "who", "that", "which", "when", "as", "said", "says",
                      "exactly", "after", "before", "while")
                  .contains(t.norm());
      if (!modifier) {
        break;
      }
      first--;
      // A determiner opens the phrase: "later the border guards" starts at "the".
      if (Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "these")
          .contains(t.norm())) {
        break;
      }
    }
    return first;
  }

  /**
   * A capitalised word that names a person: no side, place, month or day, and not a word that opens
   * sentences ("It", "The").
   */
  private static boolean isName(Sentence sentence, int i) {
    Token t = sentence.tokens().get(i);
    String w = t.norm();
    return t.isWord()
        && t.isCapitalised()
        && !title(t)
        && !Lexicon.NOT_NAMES.contains(w)
        && Actors.sideOf(t) == null
        && sentence.placeStarts()[i] == null
        && sentence.placeEnds()[i] == null
        && !Quantities.MONTHS.contains(w)
        && !Lexicon.PERSONS.contains(w)
        && EventDates.weekday(w) == null;
  }

  private static boolean title(Token t) {
    return Lexicon.TITLES.contains(t.norm());
  }

  /** Civilians when the people are; else the side named with them ("a Ukrainian soldier"). */
  private static Side victimsSide(List<Token> tokens, int first, int last) {
    if (Actors.CIVILIAN_NOUNS.contains(tokens.get(last).base())) {
      return new Side(Actors.CIVILIANS, true);
    }
    for (int i = first; i <= last; i++) {
      String side = Actors.sideOf(tokens.get(i));
      if (side != null) {
        return new Side(side, true);
      }
    }
    return new Side(null, false);
  }

  /** Whether any word of the sentence is one of {@code words}. */
  private static boolean mentions(List<Token> tokens, Set<String> words) {
    for (Token t : tokens) {
      if (words.contains(t.norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A number in a list after "including" breaks a count before it down: "24 people, including 11
   * men and 13 women". A single figure there is a claim of its own ("14,000 people, including 3,300
   * civilians"), and so is each figure with its own word ("3,668 killed and 3,896 injured").
   */
  private static boolean partOfAnotherCount(List<Token> tokens, Quantity q) {
    boolean listed =
        q.last() + 2 < tokens.size()
            && (tokens.get(q.last() + 1).is("and") || tokens.get(q.last() + 1).is(","))
            && isCount(tokens.get(q.last() + 2));
    for (int i = q.first() - 1; i >= Math.max(0, q.first() - 5); i--) {
      Token t = tokens.get(i);
      if (t.is("including") || t.is("among")) {
        return listed;
      }
      // "including 3,668 killed and 3,896 injured": each count has its own word.
      if (isCasualtyWord(tokens, i)) {
        return false;
      }
      if (isCount(t)) {
        listed = true;
      } else if (!t.isWord() && !t.is(",")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isCasualtyWord(List<Token> tokens, int k) {
    String w = tokens.get(k).norm();
    if (w.equals("toll")) {
      return k > 0 && Lexicon.TOLLS.contains(tokens.get(k - 1).norm());
    }
    if (w.equals("lives")) {
      // "three lives were lost", "50 lives lost"
      for (int i = k + 1; i < Math.min(tokens.size(), k + 4); i++) {
        if (tokens.get(i).is("lost")) {
          return true;
        }
        if (!Lexicon.BE_HAVE.contains(tokens.get(i).norm())) {
          break;
        }
      }
      // "lost their lives", "claimed 50 lives", "cost hundreds of thousands of lives"; not
      // "risked their lives".
      for (int i = k - 1; i >= Math.max(0, k - 6); i--) {
        if (Lexicon.LIFE_TAKING.contains(tokens.get(i).norm())) {
          return true;
        }
      }
      return false;
    }
    return Lexicon.KILLED.contains(w)
        || Lexicon.WOUNDED.contains(w)
        || Lexicon.CAPTURED.contains(w)
        || Lexicon.MISSING.contains(w)
        || Lexicon.CASUALTIES.contains(w);
  }

  /**
   * The casualty word a number belongs to: after it ("19 people were killed", "7,890 wounded") or
   * before it ("killing 19", "death toll rose to 50"). A number without a people noun must sit
   * right by its word. Vague counts ("several civilians") have a people noun but, without a number,
   * no unit.
   */
  private static int casualtyTrigger(List<Token> tokens, Quantity q) {
    // "hundreds of dead civilians", "15 injured soldiers": the word is inside the count.
    for (int k = q.numberEnd(); k < q.last(); k++) {
      String w = tokens.get(k).norm();
      if (Lexicon.KILLED.contains(w)
          || Lexicon.WOUNDED.contains(w)
          || Lexicon.CAPTURED.contains(w)) {
        return k;
      }
    }
    // "64 of them being deaths": people counted out of those named before.
    boolean counted =
        q.unitNoun() != null
            || (q.last() + 2 < tokens.size()
                && tokens.get(q.last() + 1).is("of")
                && Lexicon.PRONOUNS_OF_PEOPLE.contains(tokens.get(q.last() + 2).norm()));

    // Room for an aside: "16 others, including both staff and patients, were injured".
    int reachAfter = counted ? 10 : 3;
    int reachBefore = counted ? 6 : 3;
    int after = -1;
    for (int k = q.last() + 1; k < Math.min(tokens.size(), q.last() + 1 + reachAfter); k++) {
      String w = tokens.get(k).norm();
      // "549 civilians, including 41 children, have been killed": the aside's count belongs to
      // this one.
      boolean aside = tokens.get(k - 1).is("including");
      // "killed a child and two adults, and injured 17": the next clause has its own count.
      boolean nextClause =
          w.equals(",")
              && k + 1 < tokens.size()
              && Set.of("and", "but", "while", "whereas").contains(tokens.get(k + 1).norm());
      // "two officials told CNN the death toll ...": the people counted are the speakers (unlike
      // "dozens were reported killed").
      boolean spoke =
          Claimants.isSpeechVerb(w) && !Lexicon.BE_HAVE.contains(tokens.get(k - 1).norm());
      if (w.equals(";")
          || w.equals(".")
          || nextClause
          || (isCount(tokens.get(k)) && !aside)
          || spoke) {
        break;
      }

      // "injured fighters", "dead soldiers", "captured tanks": an adjective of the next noun, not
      // of this number.
      boolean adjective =
          k + 1 < tokens.size()
              && (Quantities.PEOPLE_NOUNS.contains(tokens.get(k + 1).norm())
                  || ((Lexicon.CAPTURED.contains(w) || Lexicon.MISSING.contains(w))
                      && isNoun(tokens.get(k + 1))));
      if (isCasualtyWord(tokens, k) && !adjective) {
        after = k;
        break;
      }
    }
    if (after < 0 && counted) {
      after = coordinatedPassive(tokens, q.last() + 1);
    }
    int before = -1;
    boolean conjunction = false;
    // "killed by two gunshots", "injured in 21 attacks": a number after a preposition counts
    // something else than the dead; "rose to 50" is the count.
    // "the bodies of 410 civilians", "the killing of two men": "of" names the dead, when they are
    // people ("the governing bodies of 12 countries" are not).
    boolean ofTheDead =
        counted
            && q.first() > 1
            && tokens.get(q.first() - 1).is("of")
            && Lexicon.KILLED.contains(tokens.get(q.first() - 2).norm());
    // "losses stand at 27,900 personnel": the verb's "at" gives the count, as "rose to" does.
    boolean standsAt =
        q.first() > 1
            && tokens.get(q.first() - 1).is("at")
            && Lexicon.STANDS_AT.contains(tokens.get(q.first() - 2).norm());
    boolean afterPreposition =
        q.first() > 0
            && Lexicon.PREPOSITIONS.contains(tokens.get(q.first() - 1).norm())
            && !tokens.get(q.first() - 1).is("to")
            && !standsAt
            && !ofTheDead;
    int reachBack = afterPreposition ? 0 : reachBefore;
    for (int k = q.first() - 1; k >= Math.max(0, q.first() - reachBack); k--) {
      String w = tokens.get(k).norm();
      if (w.equals(";") || w.equals(".") || isCount(tokens.get(k))) {
        break;
      }
      if (isCasualtyWord(tokens, k)) {
        before = k;
        break;
      }
      conjunction |= Set.of("and", "but", "while", "whereas", ",").contains(w);
    }
    // "death toll rose to 50" reaches further back than the other words.
    if (before < 0 && !counted) {
      for (int k = q.first() - 1; k >= Math.max(0, q.first() - 6); k--) {
        if (tokens.get(k).is("toll") && isCasualtyWord(tokens, k)) {
          before = k;
          break;
        }
      }
    }
    if (before < 0 && !counted) {
      before = runningCount(tokens, q.first());
      conjunction &= before < 0;
    }
    // "were killed and nearly 100 more were wounded", "died or been wounded, one million
    // refugees": a word before a comma or conjunction belongs to the clause before.
    if (conjunction) {
      before = -1;
    }
    if (after < 0 || before < 0) {
      return after < 0 ? before : after;
    }
    return after - q.last() <= q.first() - before ? after : before;
  }

  /**
   * The casualty participle of a second verb of the counted people's clause, or -1: "Four people
   * ventured out for water and were killed by a bomb".
   */
  private static int coordinatedPassive(List<Token> tokens, int from) {
    for (int j = from; j + 2 < tokens.size() && j < from + SUBJECT_REACH; j++) {
      Token t = tokens.get(j);
      if (!t.isWord() || Lexicon.CLAUSE_OPENERS.contains(t.norm()) || isCount(t)) {
        return -1;
      }
      if (t.is("and") && Lexicon.BE.contains(tokens.get(j + 1).norm())) {
        int k = j + 2;
        while (k + 1 < tokens.size() && adverb(tokens.get(k))) {
          k++;
        }
        String w = tokens.get(k).norm();
        boolean casualty =
            Lexicon.KILLED.contains(w)
                || Lexicon.WOUNDED.contains(w)
                || Lexicon.CAPTURED.contains(w);
        return casualty ? k : -1;
      }
    }
    return -1;
  }

  /**
   * The casualty word of a running count whose value a verb gives at the end of its clause: "the
   * number of civilians killed in the region stands at 352", "the tally of wounded soldiers has
   * risen to 40". The subject may be long, so the count reaches back to the tally noun; -1 when the
   * number does not follow such a verb.
   */
  private static int runningCount(List<Token> tokens, int number) {
    int verb = number - 1;
    if (verb >= 0 && (tokens.get(verb).is("at") || tokens.get(verb).is("to"))) {
      verb--;
    }
    if (verb < 0 || !Lexicon.STANDS_AT.contains(tokens.get(verb).norm())) {
      return -1;
    }
    for (int k = verb - 1; k >= Math.max(0, verb - 12); k--) {
      Token t = tokens.get(k);
      if (t.is(";") || t.is(".") || isCount(t)) {
        return -1;
      }
      if (Lexicon.TALLIES.contains(t.norm())) {
        for (int i = k; i < verb; i++) {
          if (isCasualtyWord(tokens, i)) {
            return i;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /** Digits that count, unlike an ordinal naming a unit ("the 331st regiment"). */
  private static boolean isCount(Token t) {
    return t.isNumber() && Quantities.parseDigits(t.norm()) != null;
  }

  private static String casualtyKind(List<Token> tokens, int k) {
    String w = tokens.get(k).norm();
    // "lost their lives", "lost his life": the dead, not losses.
    for (int i = k + 1; i < Math.min(tokens.size(), k + 3); i++) {
      if (Lexicon.LIVES.contains(tokens.get(i).norm()) && Lexicon.LIFE_TAKING.contains(w)) {
        return "killed";
      }
    }
    String kind;
    if (Lexicon.KILLED.contains(w)
        || Lexicon.KILLING_NOUNS.contains(w)
        || Lexicon.DEAD.contains(w)
        || Lexicon.DEADLY.contains(w)
        || Lexicon.KILLINGS_UNNAMED.contains(w)) {
      kind = "killed";
    } else if (Lexicon.WOUNDED.contains(w)) {
      // "fatally wounded", "mortally injured": the wound killed.
      boolean fatal =
          k > 0 && (tokens.get(k - 1).is("fatally") || tokens.get(k - 1).is("mortally"));
      kind = fatal ? "killed" : "wounded";
    } else if (Lexicon.CAPTURED.contains(w)) {
      kind = "captured";
    } else if (Lexicon.MISSING.contains(w)) {
      kind = "missing";
    } else {
      return "casualties";
    }
    // "killed or wounded", "dead and injured": together they are casualties.
    // Only right beside the word: in "three dead and 17 injured" the 17 are wounded.
    for (int i = k + 1; i < Math.min(tokens.size(), k + 2); i++) {
      if ((tokens.get(i).is("or") || tokens.get(i).is("and")) && i + 1 < tokens.size()) {
        String other = tokens.get(i + 1).norm();
        if ((kind.equals("killed") && Lexicon.WOUNDED.contains(other))
            || (kind.equals("wounded") && Lexicon.KILLED.contains(other))) {
          return "casualties";
        }
      }
    }
    for (int i = k - 1; i >= Math.max(0, k - 1); i--) {
      if ((tokens.get(i).is("or") || tokens.get(i).is("and")) && i > 0) {
        String other = tokens.get(i - 1).norm();
        if ((kind.equals("killed") && Lexicon.WOUNDED.contains(other))
            || (kind.equals("wounded") && Lexicon.KILLED.contains(other))) {
          return "casualties";
        }
      }
    }
    return kind;
  }

  /**
   * Whose people: civilians for civilians ("352 Ukrainian civilians" too), the side named with the
   * noun ("7,000 Russian troops"), the subject for losses ("Russia has lost 70,000 soldiers"), else
   * unsaid.
   */
  private static Side casualtySide(
      Sentence sentence, Quantity q, int trigger, String kind, String topicActor) {
    List<Token> tokens = sentence.tokens();
    // "352 Ukrainian civilians" are civilians first.
    if (q.unitNoun() != null && Actors.CIVILIAN_NOUNS.contains(q.unitNoun())) {
      return new Side(Actors.CIVILIANS, true);
    }
    String named = sideNamedIn(tokens, q);
    if (named != null) {
      return new Side(named, true);
    }
    // "6,000 members of Russia's invading force"
    if (q.unitNoun() != null && q.last() + 2 < tokens.size() && tokens.get(q.last() + 1).is("of")) {
      for (int i = q.last() + 2; i < Math.min(tokens.size(), q.last() + 5); i++) {
        String side = Actors.sideOf(tokens.get(i));
        if (side != null) {
          return new Side(side, true);
        }
      }
    }
    // "of Kyiv's troops", "Russia's 300 casualties"
    if (q.first() > 0) {
      String side = Actors.sideOf(tokens.get(q.first() - 1));
      if (side != null) {
        return new Side(side, true);
      }
    }
    // "the losses of Russian troops stand at 27,900"
    if (trigger + 1 < q.first() && tokens.get(trigger + 1).is("of")) {
      for (int i = trigger + 2; i < Math.min(q.first(), trigger + 5); i++) {
        String side = Actors.sideOf(tokens.get(i));
        if (side != null) {
          return new Side(side, true);
        }
      }
    }
    if (kind.equals("casualties")) {
      return actorOf(sentence, trigger < q.first() ? trigger : q.first(), topicActor);
    }
    return new Side(null, false);
  }

  /** Whose losses: "Russia's heavy losses", "heavy losses on Russian forces", the subject. */
  private static Side lossesSide(Sentence sentence, int k, String topicActor) {
    List<Token> tokens = sentence.tokens();
    if (k > 0) {
      String side = Actors.sideOf(tokens.get(k - 1));
      if (side != null) {
        return new Side(side, true);
      }
    }
    if (k + 3 < tokens.size() && (tokens.get(k + 2).is("on") || tokens.get(k + 2).is("among"))) {
      for (int i = k + 3; i < Math.min(tokens.size(), k + 6); i++) {
        String side = Actors.sideOf(tokens.get(i));
        if (side != null) {
          return new Side(side, true);
        }
      }
    }
    // "inflicted heavy losses": the losses are the other side's.
    Side subject = actorOf(sentence, k, topicActor);
    for (int i = Math.max(0, k - 3); i < k; i++) {
      if (tokens.get(i).norm().startsWith("inflict")) {
        return new Side(Actors.opposite(subject.name), subject.inSentence);
      }
    }
    return subject;
  }

  // ----------------------------------------------------------------------------------- sides

  /** A side and whether the sentence itself names it (rather than the sentences before). */
  private record Side(String name, boolean inSentence) {}

  /**
   * The side doing what the verb at {@code k} says: the agent of a passive ("by Russian forces"),
   * the side named with a noun ("the withdrawal of Russian forces"), else the nearest side before
   * it that is no object of a preposition, else the side of the sentences before.
   */
  private static Side actorOf(Sentence sentence, int k, String topicActor) {
    List<Token> tokens = sentence.tokens();
    Side agent = byAgent(tokens, k);
    if (agent != null) {
      return agent;
    }
    String w = tokens.get(k).norm();
    // "recaptured from Russian forces": the gain is the other side's.
    if (Lexicon.GAIN.contains(w)) {
      Side from = fromSide(tokens, k);
      if (from != null) {
        return from;
      }
    }
    if (w.endsWith("al")
        || w.endsWith("ment")
        || w.endsWith("ion")
        || w.equals("capture")
        || w.equals("retreat")
        || w.equals("loss")) {
      if (k + 2 < tokens.size() && tokens.get(k + 1).is("of")) {
        for (int i = k + 2; i < Math.min(tokens.size(), k + 5); i++) {
          String side = Actors.sideOf(tokens.get(i));
          if (side != null) {
            return new Side(side, true);
          }
        }
      }
    }
    // "retreating Russian forces": the side right after a participle is its subject.
    if ((w.endsWith("ing") || w.endsWith("ed")) && k + 1 < tokens.size()) {
      String side = Actors.sideOf(tokens.get(k + 1));
      if (side != null) {
        return new Side(side, true);
      }
    }
    for (int i = k - 1; i >= Math.max(0, k - SUBJECT_REACH); i--) {
      String side = Actors.sideOf(tokens.get(i));
      // In the verb's own noun phrase a side is its subject, even after a preposition
      // ("evidence of Russia withdrawing", "referring to the Russian military's sudden
      // abandonment"); further back it must not be a preposition's object.
      if (side != null && (sameNounPhrase(tokens, i, k) || !objectOfPreposition(tokens, i))) {
        return new Side(side, true);
      }
    }
    // Too far back for a subject: the side the sentence is about, else the one before.
    String about = firstSubject(sentence);
    return about != null ? new Side(about, true) : new Side(topicActor, false);
  }

  /** Whether only a few words without a preposition or comma stand between {@code i} and k. */
  private static boolean sameNounPhrase(List<Token> tokens, int i, int k) {
    if (k - i > 3) {
      return false;
    }
    for (int j = i + 1; j < k; j++) {
      Token t = tokens.get(j);
      if (!t.isWord() || Lexicon.PREPOSITIONS.contains(t.norm())) {
        return false;
      }
    }
    return true;
  }

  /** The other side of "taken from X" within a few words of the verb, or null. */
  private static Side fromSide(List<Token> tokens, int k) {
    for (int i = k + 1; i < Math.min(tokens.size(), k + 4); i++) {
      if (tokens.get(i).is("from")) {
        for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
          String side = Actors.opposite(Actors.sideOf(tokens.get(j)));
          if (side != null) {
            return new Side(side, true);
          }
        }
        return null;
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
    Side agent = byAgent(tokens, k);
    if (agent == null && Lexicon.GAIN.contains(tokens.get(k).norm())) {
      agent = fromSide(tokens, k);
    }
    return agent != null ? agent : new Side(topicActor, false);
  }

  private static Side byAgent(List<Token> tokens, int k) {
    for (int i = k + 1; i < Math.min(tokens.size(), k + 4); i++) {
      if (tokens.get(i).is("by")
          || ((Lexicon.FALLING.contains(tokens.get(k).norm())
                  || Lexicon.FALLING_NOW.contains(tokens.get(k).norm()))
              && tokens.get(i).is("to"))) {
        for (int j = i + 1; j < Math.min(tokens.size(), i + 5); j++) {
          String side = Actors.sideOf(tokens.get(j));
          if (side != null) {
            return new Side(side, true);
          }
        }
        return null;
      }
    }
    return null;
  }

  /** "against Russia", "from Russia's military", but not "forces from Kyiv". */
  private static boolean objectOfPreposition(List<Token> tokens, int i) {
    // Skip back over determiners and other side words: "from the Russian invaders".
    int p = i - 1;
    while (p >= 0
        && (tokens.get(p).is("the")
            || tokens.get(p).is("a")
            || Actors.sideOf(tokens.get(p)) != null)) {
      p--;
    }
    if (p < 0) {
      return false;
    }
    String before = tokens.get(p).norm();

    if (!Lexicon.PREPOSITIONS.contains(before)) {
      return false;
    }
    boolean forces = p > 0 && Lexicon.FORCE_NOUNS.contains(tokens.get(p - 1).norm());
    return !(forces && (before.equals("from") || before.equals("of")));
  }

  /** The side a sentence is about: its first side that is no object of a preposition. */
  private static String firstSubject(Sentence sentence) {
    for (Actors.Mention m : sentence.actors()) {
      if (!objectOfPreposition(sentence.tokens(), m.index())) {
        return m.side();
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------- modality, drafts

  /**
   * Whether the word at {@code k} asserts nothing: under a modal or negation ("could capture", "did
   * not withdraw", "failed to take"), or an infinitive of intent ("an effort to take back",
   * "promises to retake") rather than of fact ("managed to capture", "decided to withdraw").
   */
  private static boolean blocked(List<Token> tokens, int k) {
    int words = 0;
    for (int i = k - 1; i >= 0 && words < 3; i--) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        continue;
      }
      words++;
      // "May" is the month; only the lower-case word is a modal.
      boolean modal = Lexicon.MODALS.contains(t.norm()) && !t.text().equals("May");
      if (modal || t.norm().endsWith("n't")) {
        return true;
      }
      if (t.is("to")) {
        return i == 0 || !Lexicon.TO_AS_FACT.contains(tokens.get(i - 1).norm());
      }
    }
    return false;
  }

  /**
   * Several rules may find the same kind in one sentence; a claim without a number is kept once per
   * kind, preferring one whose side the sentence names and whose place is explicit.
   */
  private static List<Draft> strongestPerKind(List<Draft> drafts) {
    Map<String, Draft> kept = new LinkedHashMap<>();
    for (Draft d : drafts) {
      String key =
          d.quantity() != null && d.quantity().best() != null
              ? d.kind() + "|" + d.quantity().best() + "|" + d.quantity().unit()
              : d.kind() + "|" + (d.place() == null ? "" : d.place().name());
      Draft old = kept.get(key);
      if (old == null || strength(d) > strength(old)) {
        kept.put(key, d);
      }
    }
    // Without a number: one claim per kind, the strongest, and none on the word of a count of
    // that kind ("One police officer was killed" is the count, not also "officer ... killed"; in
    // "49 colonels have died and General Kutuzov died on Sunday" each "died" has its claim).
    Map<String, Draft> byKind = new LinkedHashMap<>();
    List<Draft> result = new ArrayList<>();
    List<Draft> counted = new ArrayList<>();
    for (Draft d : kept.values()) {
      if (d.quantity() != null && d.quantity().best() != null) {
        // "772 square miles (2,000 square kilometres)": a number and its conversion are one claim.
        if (result.stream().noneMatch(r -> sameAmount(r, d))) {
          result.add(d);
        }
        counted.add(d);
      }
    }
    for (Draft d : kept.values()) {
      if ((d.quantity() != null && d.quantity().best() != null)
          || counted.stream().anyMatch(c -> sameWords(c, d))) {
        continue;
      }
      // Places taken by different verbs are claims of their own: "recaptured Balakliia and on
      // Saturday seized Kupiansk".
      String key = d.kind() + (d.place() == null ? "" : "|" + d.place().name());
      Draft old = byKind.get(key);
      if (old == null || strength(d) > strength(old)) {
        byKind.put(key, d);
      }
    }
    // A claim without a place beside one of its kind with a place is the same claim.
    Set<String> placedKinds = new HashSet<>();
    byKind.values().stream().filter(d -> d.place() != null).forEach(d -> placedKinds.add(d.kind()));
    byKind.values().removeIf(d -> d.place() == null && placedKinds.contains(d.kind()));
    // One verb naming several places ("captured Kupiansk and Izium") makes one claim, at the first.
    Set<String> verbs = new HashSet<>();
    byKind.values().removeIf(d -> !verbs.add(d.kind() + "|" + d.anchor()));
    result.addAll(byKind.values());
    result.removeIf(d -> d.actor() == null && d.category().equals(TERRITORIAL));
    return result;
  }

  /** Whether a draft without a number rests on the word or the people of a count of its kind. */
  private static boolean sameWords(Draft count, Draft d) {
    return count.kind().equals(d.kind())
        && (count.anchor() == d.anchor()
            || (d.quantity() != null
                && d.quantity().first() <= count.quantity().last()
                && count.quantity().first() <= d.quantity().last()));
  }

  /** Whether two counted drafts give the same amount of the same kind, to rounding. */
  private static boolean sameAmount(Draft a, Draft b) {
    double x = a.quantity().best();
    double y = b.quantity().best();
    return a.kind().equals(b.kind())
        && Objects.equals(a.quantity().unit(), b.quantity().unit())
        && Math.abs(x - y) <= 0.01 * Math.max(Math.abs(x), Math.abs(y));
  }

  private static int strength(Draft d) {
    return (d.actorInSentence() ? 2 : 0) + (d.place() != null ? 1 : 0);
  }

  // --------------------------------------------------------------------------- assembling

  private static Claim claim(
      String body,
      Context context,
      Sentence sentence,
      Sentence previous,
      Draft draft,
      String claimant,
      Place documentRegion,
      Place documentCountry,
      List<int[]> fullDateYears) {
    Place place = draft.place();
    if (place == null) {
      place = nearestPlace(sentence, draft.anchor());
    }
    if (place == null && !sentence.countries().isEmpty()) {
      place = sentence.countries().get(0);
    }
    if (place == null && previous != null && !previous.places().isEmpty()) {
      place = previous.places().get(previous.places().size() - 1).place();
    }
    if (place == null && draft.category().equals(TERRITORIAL)) {
      place = documentRegion;
    }
    if (place == null) {
      place = documentCountry;
    }
    EventDates.EventDate date = eventDate(sentence, draft, context.published(), fullDateYears);
    Quantity q = draft.quantity();
    String kind = draft.kind();
    int start = sentence.start();
    // A sentence may hold two claims of one kind ("19 died in Kharkiv and 21 were killed in
    // Odesa"), so the id also names where the claim's own words begin.
    int wordsAt = sentence.tokens().get(q == null ? draft.anchor() : q.first()).start();
    String location = place == null ? null : place.name();
    String key =
        String.join(
            "|",
            kind,
            Objects.toString(draft.actor(), ""),
            Objects.toString(location, ""),
            q == null || q.best() == null ? "" : number(q.best()),
            date.date() == null ? "" : date.date().toString());
    return new Claim(
        Hashes.sha256Hex(context.docId() + "|" + start + "|" + kind + "|" + wordsAt)
            .substring(0, 20),
        draft.category(),
        kind,
        draft.actor(),
        q == null ? null : q.low(),
        q == null ? null : q.best(),
        q == null ? null : q.high(),
        q == null ? null : q.qualifier(),
        q == null ? null : q.unit(),
        draft.valueText(),
        location,
        place == null ? null : place.admin1(),
        place == null ? null : place.country(),
        date.date(),
        date.precision(),
        date.basis(),
        date.text(),
        claimant,
        body.substring(sentence.start(), sentence.end()),
        sentence.start(),
        sentence.end(),
        key);
  }

  /** "9000", "12.5": a value as the claim key writes it. */
  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  /**
   * The date nearest to the claim's words in its sentence, skipping the starts of periods ("since
   * February", "since he invaded the country in February"); else the publication date.
   */
  private static EventDates.EventDate eventDate(
      Sentence sentence, Draft draft, LocalDate published, List<int[]> fullDateYears) {
    List<Token> tokens = sentence.tokens();
    int anchor = draft.anchor();
    EventDates.Mention best = null;
    for (EventDates.Mention m : sentence.dates()) {
      if (m.periodStart() || sinceBetween(tokens, anchor, m.first())) {
        continue;
      }
      if (best == null
          || distance(anchor, m.first(), m.last()) < distance(anchor, best.first(), best.last())) {
        best = m;
      }
    }
    if (best == null) {
      return EventDates.fromPublication(published);
    }
    return EventDates.resolve(best, published, nearestYear(fullDateYears, best.offset()));
  }

  private static boolean sinceBetween(List<Token> tokens, int anchor, int date) {
    for (int i = Math.min(anchor, date); i < Math.max(anchor, date); i++) {
      if (tokens.get(i).is("since")) {
        return true;
      }
    }
    return false;
  }

  private static Integer nearestYear(List<int[]> fullDateYears, int offset) {
    int[] best = null;
    for (int[] d : fullDateYears) {
      if (best == null || Math.abs(d[0] - offset) < Math.abs(best[0] - offset)) {
        best = d;
      }
    }
    return best == null ? null : best[1];
  }

  /**
   * A claim restated within one document is one claim: same kind, side, number and unit; for ground
   * and counted casualties the same place ({@code withPlace}); for claims without a number the same
   * words, by the last one naming the people or ground ("Kutuzov", "civilians", "villages").
   */
  private static String sameClaimInDocument(Claim c, boolean withPlace) {
    boolean placeMatters = withPlace && (c.category().equals(TERRITORIAL) || c.valueBest() != null);
    boolean countless = c.valueBest() == null;
    return String.join(
        "|",
        c.kind(),
        Objects.toString(c.actor(), ""),
        Objects.toString(c.valueBest(), ""),
        Objects.toString(c.unit(), ""),
        placeMatters ? Objects.toString(c.location(), "") : "",
        countless ? lastWord(c.valueText()) : "");
  }

  /** "two other people", "another soldier", "15 more": people besides those told of before. */
  private static boolean countsOthers(String valueText) {
    if (valueText == null) {
      return false;
    }
    for (String word : valueText.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (Lexicon.OTHERS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String lastWord(String text) {
    if (text == null) {
      return "";
    }
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    return words.length == 0 ? "" : words[words.length - 1];
  }

  private static Place mostNamed(Map<String, Integer> regionCounts, Gazetteer gazetteer) {
    return gazetteer.region(mostCounted(regionCounts));
  }

  /** The key counted most often, the first in case of a tie; null when there is none. */
  private static String mostCounted(Map<String, Integer> counts) {
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static boolean isQuestion(String body, Sentence sentence) {
    return body.charAt(sentence.end() - 1) == '?';
  }

  private static boolean opensQuote(String body, Sentence sentence) {
    char c = body.charAt(sentence.start());
    return c == '"' || c == '\u201c';
  }

  /** A quote split over sentences is attributed at its end: "...,” the source told Reuters. */
  private static String quoteAttribution(
      String body, List<Sentence> sentences, int s, String lastClaimant) {
    for (int n = s + 1; n < Math.min(sentences.size(), s + 3); n++) {
      String found = Claimants.find(sentences.get(n).tokens(), body, lastClaimant);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String text(Sentence sentence, int first, int last) {
    List<Token> tokens = sentence.tokens();
    return sentence.body().substring(tokens.get(first).start(), tokens.get(last).end());
  }
}
