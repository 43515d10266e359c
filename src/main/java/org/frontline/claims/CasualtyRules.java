package org.frontline.claims;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.frontline.claims.Sides.Side;

/**
 * The casualty rules of {@link ClaimExtractor}: people killed, wounded or captured, counted or
 * described ({@link #casualties}). They read one sentence (and the one before it) and add what they
 * find to the drafts.
 */
final class CasualtyRules {
  private CasualtyRules() {}

  /** The most words of a person's name with its titles: "Maj. Gen. Roman Kutuzov". */
  private static final int NAME_WORDS = 6;

  /** Conjunctions that are no noun: "and", "while". */
  private static final Set<String> NOT_NOUNS =
      Set.of("and", "or", "but", "as", "while", "when", "after");

  /** Words before a people noun that are not its modifiers: "and", "who", "said". */
  private static final Set<String> NOT_MODIFIERS =
      Set.of(
          "and", "or", "but", "who", "that", "which", "when", "as", "said", "says", "exactly",
          "after", "before", "while");

  /** Words that open a noun phrase of people: "the border guards", "his wife". */
  private static final Set<String> PHRASE_OPENERS =
      Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "these");

  /** Words joining a clause with a count of its own: "killed two, and injured 17". */
  private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "while", "whereas");

  /**
   * People killed, wounded, captured or missing, with or without a number. People killed or
   * wounded, counted with a noun for people or named, make a claim unless the sentence tells of a
   * mishap (a road accident or an epidemic is no casualty claim); a bare number ("killing 19"),
   * losses and captures also need war or other violence in the sentence, the one before or the
   * document.
   */
  static void casualties(
      Sentence sentence,
      Sentence previous,
      boolean violentDocument,
      String topicActor,
      List<Draft> drafts,
      long deadline) {
    List<Token> tokens = sentence.tokens();
    boolean violent = RuleSupport.mentions(tokens, Lexicon.VIOLENCE);
    boolean noMishap = violent || !RuleSupport.mentions(tokens, Lexicon.MISHAP);
    boolean nearViolence =
        violent
            || (noMishap
                && (violentDocument
                    || (previous != null
                        && RuleSupport.mentions(previous.tokens(), Lexicon.VIOLENCE))));
    List<Quantity> counts = Quantities.find(tokens);
    // "four civilians were killed and 10 more wounded": a count without its own people noun
    // counts the people of the count before it.
    String earlierSide = null;
    for (int n = 0; n < counts.size(); n++) {
      RuleSupport.checkTime(deadline);
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
      if (trigger < 0 && prisonersOfWar(tokens, q)) {
        trigger = q.last();
      }
      // "could result in up to 100,000 civilian deaths": the modal stands before the count.
      if (trigger < 0
          || RuleSupport.blocked(tokens, trigger)
          || (trigger > q.last() && RuleSupport.modalBefore(tokens, q.first()))) {
        continue;
      }
      if (firstPart && trigger > next.last()) {
        q = sum(q, next);
        n++;
      }
      String kind = casualtyKind(tokens, trigger);
      // "lost 5" counts tanks as often as people, "eliminated 11" parties as often as fighters
      // and "two territories held by" places: they need a people noun ("5,000 casualties" are
      // people).
      String triggerWord = tokens.get(trigger).norm();
      if ((Lexicon.LOSSES.contains(triggerWord)
              || triggerWord.equals("eliminated")
              || Lexicon.HELD.contains(triggerWord))
          && q.unit() == null) {
        continue;
      }
      if (!(nearViolence || (noMishap && q.unitNoun() != null && killedOrWounded(kind)))) {
        continue;
      }
      Quantity people = q.unit() == null ? q.withUnit(q.last(), "people", null) : q;
      Side side = casualtySide(sentence, q, trigger, kind, topicActor);
      boolean ownNoun = q.unitNoun() != null && !Lexicon.PEOPLE_BESIDES.contains(q.unitNoun());
      if (side.name() == null && !ownNoun && earlierSide != null) {
        side = new Side(earlierSide, true);
      }
      // "100 soldiers are dying every day" is a war's toll; "9,000 people are dying" of a virus
      // near a war is none.
      if (tokens.get(trigger).is("dying") && !soldiers(q, side)) {
        continue;
      }
      earlierSide = side.name();
      drafts.add(
          new Draft(
              Draft.CASUALTY,
              kind,
              trigger,
              people,
              RuleSupport.text(sentence, q.first(), q.last()),
              side.name(),
              side.inSentence(),
              null));
    }
    for (int k = 1; k < tokens.size() && nearViolence; k++) {
      int first = lossesWithoutNumber(tokens, k);
      if (first < 0 || RuleSupport.blocked(tokens, first)) {
        continue;
      }
      // "casualties among children" are of the people named; "among junior officers" of the
      // side the losses are told of.
      int people = peopleAmong(tokens, k);
      Side side = people < 0 ? new Side(null, false) : victimsSide(tokens, k + 2, people);
      if (side.name() == null) {
        side = lossesSide(sentence, k - 1, topicActor);
      }
      Quantity vague = new Quantity(first, k, k, null, null, null, "vague", null, null);
      drafts.add(
          new Draft(
              Draft.CASUALTY,
              "casualties",
              k,
              vague,
              RuleSupport.text(sentence, first, k),
              side.name(),
              side.inSentence(),
              null));
    }
    if (noMishap) {
      countlessCasualties(sentence, violent, nearViolence, drafts, deadline);
    }
  }

  /**
   * A count of prisoners of war is of people captured: "nearly a dozen POWs", "1,000 Ukrainian
   * prisoners of war", "took 2,000 prisoners"; "50 political prisoners" are none.
   */
  private static boolean prisonersOfWar(List<Token> tokens, Quantity q) {
    String noun = q.unitNoun();
    int n = q.last();
    boolean ofWar =
        n + 2 < tokens.size() && tokens.get(n + 1).is("of") && tokens.get(n + 2).is("war");
    boolean taken =
        q.first() > 0 && Lexicon.MADE_PRISONER.contains(tokens.get(q.first() - 1).norm());
    // "the two also discussed prisoners": a verb between makes the number count something else.
    for (int i = q.numberEnd(); i < n; i++) {
      Token t = tokens.get(i);
      if (RuleSupport.adverb(t) || t.norm().endsWith("ed") || Lexicon.BE_HAVE.contains(t.norm())) {
        return false;
      }
    }
    return "pows".equals(noun) || ("prisoners".equals(noun) && (ofWar || taken));
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
      // "as the death toll mounts": deaths without a number, a killed claim of its own.
      if (before.equals("death")) {
        return -1;
      }
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
    if (tokens.get(k).is("lost") || tokens.get(k).is("losing")) {
      return lostShareOfForces(tokens, k) ? k : -1;
    }
    if (!tokens.get(k).is("losses") && !tokens.get(k).is("casualties")) {
      return -1;
    }
    if (Lexicon.HEAVY.contains(tokens.get(k - 1).norm())) {
      return k - 1;
    }
    // "there are casualties among children"; not "no casualties among the crew".
    if (peopleAmong(tokens, k) >= 0 && !Lexicon.DENIALS.contains(tokens.get(k - 1).norm())) {
      return k;
    }
    // "heavy Russian losses"
    if (k > 1
        && Actors.sideOf(tokens.get(k - 1)) != null
        && Lexicon.HEAVY.contains(tokens.get(k - 2).norm())) {
      return k - 2;
    }
    // "Russian casualties were heavier than expected", "losses have been steep", "losses are
    // certainly high"
    int predicate = k + 1;
    while (predicate < tokens.size()
        && (Lexicon.BE_HAVE.contains(tokens.get(predicate).norm())
            || (predicate > k + 1 && RuleSupport.adverb(tokens.get(predicate))))) {
      predicate++;
    }
    if (predicate > k + 1
        && predicate < tokens.size()
        && Lexicon.HEAVY.contains(tokens.get(predicate).norm())) {
      return k;
    }
    // "suffered losses of seven aircraft": what was lost is counted, and people counted make a
    // claim with a number.
    if (k + 2 < tokens.size()
        && tokens.get(k + 1).is("of")
        && Quantities.startsNumber(tokens, k + 2)) {
      return -1;
    }
    // "suffered losses", "suffering further losses", "suffered a tremendous amount of casualties"
    for (int i = k - 1; i >= Math.max(0, k - 5); i--) {
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

  /** "were missing limbs", "are missing from the list": things lacking, not people lost. */
  private static boolean lacking(List<Token> tokens, int k) {
    return k + 1 < tokens.size() && (tokens.get(k + 1).is("from") || isNoun(tokens.get(k + 1)));
  }

  /** Whether counted people are fighters: troops by their noun, or a side's people. */
  private static boolean soldiers(Quantity q, Side side) {
    return (q.unitNoun() != null && Lexicon.FORCE_NOUNS.contains(q.unitNoun()))
        || Actors.UKRAINE.equals(side.name())
        || Actors.RUSSIA.equals(side.name());
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
    boolean death = RuleSupport.mentions(tokens, Lexicon.KILLED);
    // A death by illness stays one in a sentence that names a war: "a veteran of the Iraq War,
    // died of cancer".
    boolean mishap = RuleSupport.mentions(tokens, Lexicon.MISHAP);
    boolean violentDeath = (violent || RuleSupport.mentions(tokens, Lexicon.WOUNDS)) && !mishap;
    for (int k = 0; k < tokens.size(); k++) {
      String w = tokens.get(k).norm();
      // "shot dead", and "shot in the head", as executions are told.
      boolean deadAfterShot = w.equals("dead") && k > 0 && tokens.get(k - 1).is("shot");
      boolean shotDead = deadAfterShot || shotInTheHead(tokens, k);
      if (Lexicon.MISSING.contains(w) && lacking(tokens, k)) {
        continue;
      }
      // "was shot in the leg": wounded; shot elsewhere may as well have died.
      boolean shot = w.equals("shot") && shotIn(tokens, k, Lexicon.LIMBS) && !death;
      // "was taken prisoner by Russian forces": "taken" is the verb, the noun its kind.
      boolean takenPrisoner =
          Lexicon.TAKEN_AS.contains(w) && k > 1 && tokens.get(k - 1).is("taken");
      boolean passive = Lexicon.PASSIVE_CASUALTY.contains(w) || shotDead || shot || takenPrisoner;
      int verb = deadAfterShot || takenPrisoner ? k - 1 : k;
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
      RuleSupport.checkTime(deadline);
      if (RuleSupport.blocked(tokens, verb)) {
        continue;
      }
      int[] people = described;
      if (people == null && (passive || dying)) {
        people = victimsBefore(sentence, verb, dying);
      }
      if (people == null && active) {
        people = victimsAfter(sentence, k);
      }
      // "if the last defenders are killed", "how many troops have been killed"
      if (people == null
          || (people[0] > 0 && Lexicon.NOT_ASSERTED.contains(tokens.get(people[0] - 1).norm()))
          || (dyingWord
              && !violentDeath
              && !plural(tokens, people[1])
              && (mishap
                  || diedBySuicide(tokens, k)
                  || !Lexicon.COMBATANTS.contains(tokens.get(people[1]).base())))) {
        continue;
      }
      String kind =
          shotDead
              ? "killed"
              : shot ? "wounded" : takenPrisoner ? "captured" : casualtyKind(tokens, k);
      // A captured or missing "he" may be a town or a thing: only people nouns are taken prisoner
      // or go missing without a number, and only in a war ("the suspect was captured on camera").
      if ((kind.equals("captured") || kind.equals("missing"))
          && !(nearViolence && isPersonNoun(tokens, people[1]))) {
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
              Draft.CASUALTY,
              kind,
              k,
              vague,
              RuleSupport.text(sentence, people[0], people[1]),
              side.name(),
              side.inSentence(),
              null));
    }
  }

  /** "the colonel died by suicide": a death, but none the war dealt. */
  private static boolean diedBySuicide(List<Token> tokens, int k) {
    return k + 2 < tokens.size() && tokens.get(k + 1).is("by") && tokens.get(k + 2).is("suicide");
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
    // "as the death toll mounts": deaths told without a number.
    if (w.equals("toll") && k > 0 && tokens.get(k - 1).is("death")) {
      // "the huge Russian death toll in Ukraine": a toll called heavy, no number after it.
      int heavy = k - 2;
      if (heavy > 0 && Actors.sideOf(tokens.get(heavy)) != null) {
        heavy--;
      }
      if (heavy >= 0 && Lexicon.HEAVY.contains(tokens.get(heavy).norm())) {
        return numberFollows(tokens, k) ? null : new int[] {heavy, k};
      }
      for (int i = k + 1; i < Math.min(tokens.size(), k + 4); i++) {
        if (Quantities.startsNumber(tokens, i)) {
          return null;
        }
        if (Lexicon.RISING.contains(tokens.get(i).norm())) {
          return numberFollows(tokens, i) ? null : new int[] {k - 1, k};
        }
      }
      return null;
    }
    // Bodies that were found or lie somewhere, or dead bodies anywhere: "there are still dead
    // bodies on the streets".
    if (w.equals("bodies") || w.equals("corpses")) {
      boolean dead = k > 0 && tokens.get(k - 1).is("dead");
      return dead || bodiesFound(tokens, k) ? new int[] {k, k} : null;
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
            && (RuleSupport.determiner(tokens.get(k - 1)) || tokens.get(k - 1).is("another"));
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

  /**
   * The people noun after "losses among" or "casualties among" at {@code k}, one or two words on
   * ("among children", "among junior officers"), or -1.
   */
  private static int peopleAmong(List<Token> tokens, int k) {
    if (k + 2 >= tokens.size() || !tokens.get(k + 1).is("among")) {
      return -1;
    }
    if (isPersonNoun(tokens, k + 2)) {
      return k + 2;
    }
    return k + 3 < tokens.size() && isPersonNoun(tokens, k + 3) ? k + 3 : -1;
  }

  /**
   * "Russia has lost a quarter of its combat forces", "lost about a third of its ground combat
   * force": a share of a side's forces lost is losses without a number of people.
   */
  private static boolean lostShareOfForces(List<Token> tokens, int k) {
    for (int i = k + 1; i + 2 < Math.min(tokens.size(), k + 5); i++) {
      String w = tokens.get(i).norm();
      if (Lexicon.SHARES_OF_FORCES.contains(w) && tokens.get(i + 1).is("of")) {
        for (int j = i + 2; j < Math.min(tokens.size(), i + 6); j++) {
          if (Lexicon.FORCE_NOUNS.contains(tokens.get(j).base())
              || tokens.get(j).is("force")
              || tokens.get(j).is("personnel")) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** Whether a number follows within a few words: "rose to 50", "climbed past 1,000". */
  private static boolean numberFollows(List<Token> tokens, int from) {
    for (int i = from + 1; i < Math.min(tokens.size(), from + 5); i++) {
      if (Quantities.startsNumber(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  /** "bodies lie in the streets", "bodies were found", "residents saw dead civilians". */
  private static boolean bodiesFound(List<Token> tokens, int k) {
    return RuleSupport.mentionsBetween(tokens, k - 3, k + 8, Lexicon.BODIES_FOUND);
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
    // "a doctor was among those killed": the subject of "was among".
    if (i >= 2
        && (tokens.get(i).is("those") || tokens.get(i).is("the"))
        && tokens.get(i - 1).is("among")) {
      i -= 2;
    }
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
              || w.equals("shot")
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
      } else if (!RuleSupport.adverb(t)
          && !Lexicon.REPORTED.contains(t.norm())
          && !RuleSupport.isQuote(t)) {
        break;
      }
    }
    if (!passive && !dying && !RuleSupport.endsReducedClause(tokens, k + 1)) {
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
      // Further back, past a longer appositive: "Ivan, 24, a car mechanic from Lviv, was hurt".
      for (int j = i - 1; j > 0 && j > i - 25; j--) {
        if (!tokens.get(j).is(",")) {
          continue;
        }
        if (j >= 3 && tokens.get(j - 1).isNumber() && tokens.get(j - 2).is(",")) {
          return subject(sentence, j - 3, named);
        }
        int[] person = subject(sentence, j - 1, named);
        if (person != null) {
          return person;
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
      if (i - start > RuleSupport.SUBJECT_REACH / 2) {
        return null;
      }
    }
    int head = -1;
    for (int j = start; j <= Math.min(i, start + 4) && head < 0; j++) {
      if (isPersonNoun(tokens, j) && modifiersBefore(tokens, j) == start) {
        head = j;
      }
    }
    // "an American volunteer soldier": the last of the people nouns heads them.
    while (head >= 0 && head < i && isPersonNoun(tokens, head + 1)) {
      head++;
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
    // What follows describes them ("close to ...", "travelling with him", "dubbed the Ninja", "who
    // fought in Syria") and starts no clause: in "a soldier and a medic carry a man who was hurt"
    // the verb "carry" begins another.
    String describing = tokens.get(head + 1).norm();
    boolean relative = describing.equals("who");
    if (!predicate
        && !(Lexicon.PREPOSITIONS.contains(describing)
            || describing.equals("close")
            || describing.endsWith("ing")
            || Lexicon.DESCRIBED_AS.contains(describing)
            || relative)) {
      return null;
    }
    for (int j = relative ? head + 2 : head + 1; j <= i; j++) {
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
      // "a pregnant woman and her husband killed in Kyiv": two people, each in the singular and
      // each with its own article or owner ("a journalist and filmmaker" is one person).
      if (first > 1
          && Lexicon.ONE_OF_A_PAIR.contains(tokens.get(first).norm())
          && tokens.get(first - 1).is("and")
          && isPersonNoun(tokens, first - 2)
          && !plural(tokens, first - 2)
          && !plural(tokens, i)) {
        first = modifiersBefore(tokens, first - 2);
      }
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
                && !(verb.startsWith("captur")
                    && k > 0
                    && !RuleSupport.determiner(tokens.get(k - 1)));
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

  /** "were shot in the head": told of executions, a killing. */
  private static boolean shotInTheHead(List<Token> tokens, int k) {
    return tokens.get(k).is("shot") && shotIn(tokens, k, Lexicon.HEAD);
  }

  /** Shot in one of {@code parts}: "shot in the leg", "shot twice in his arm". */
  private static boolean shotIn(List<Token> tokens, int k, Set<String> parts) {
    for (int i = k + 1; i + 2 < tokens.size() && i < k + 7; i++) {
      if (tokens.get(i).is("in")) {
        return parts.contains(tokens.get(i + 2).norm());
      }
    }
    return false;
  }

  /** A word that may be a noun: not a preposition or conjunction. */
  private static boolean isNoun(Token t) {
    return t.isWord() && !Lexicon.PREPOSITIONS.contains(t.norm()) && !NOT_NOUNS.contains(t.norm());
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
    // "an armoured personnel carrier", "the last major stronghold", "a national holiday": words
    // for persons that are adjectives before a noun.
    if (Quantities.beforeCarrier(tokens, i)
        || (i + 1 < tokens.size()
            && Lexicon.PERSONS_AS_ADJECTIVES.contains(w)
            && nounFollows(tokens, i))) {
      return false;
    }
    return Lexicon.PERSONS.contains(w)
        || Quantities.PEOPLE_NOUNS.contains(w)
        || Lexicon.personsPlural(w);
  }

  /**
   * Whether a noun seems to follow {@code i}: a lower-case word that is no verb form, preposition
   * or description ("a major stronghold", not "a major close to", "the general said").
   */
  private static boolean nounFollows(List<Token> tokens, int i) {
    Token next = tokens.get(i + 1);
    String w = next.norm();
    return next.isWord()
        && !next.isCapitalised()
        && !Lexicon.BE_HAVE.contains(w)
        && !Lexicon.PREPOSITIONS.contains(w)
        && !Lexicon.CLAUSE_OPENERS.contains(w)
        && !Claimants.isSpeechVerb(w)
        && !w.equals("close")
        && !w.equals("and")
        && !w.equals("or")
        && !isCasualtyWord(tokens, i + 1);
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
              && !NOT_MODIFIERS.contains(t.norm());
      if (!modifier) {
        break;
      }
      first--;
      // A determiner opens the phrase: "later the border guards" starts at "the".
      if (PHRASE_OPENERS.contains(t.norm())) {
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
      return RuleSupport.mentionsBetween(tokens, k - 6, k, Lexicon.LIFE_TAKING);
    }
    return Lexicon.KILLED.contains(w)
        || shotInTheHead(tokens, k)
        || Lexicon.WOUNDED.contains(w)
        || Lexicon.CAPTURED.contains(w)
        || (Lexicon.MISSING.contains(w) && !lacking(tokens, k))
        || Lexicon.CASUALTIES.contains(w)
        || (Lexicon.CAPTURES_OF.contains(w) && k + 1 < tokens.size() && tokens.get(k + 1).is("of"))
        || heldBySide(tokens, k);
  }

  /** "2,500 defenders now being held by Russia": people held by a side are its prisoners. */
  private static boolean heldBySide(List<Token> tokens, int k) {
    return Lexicon.HELD.contains(tokens.get(k).norm())
        && k + 2 < tokens.size()
        && tokens.get(k + 1).is("by")
        && Actors.sideOf(tokens.get(k + 2)) != null;
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
    int limit = q.last() + 1 + reachAfter;
    for (int k = q.last() + 1; k < Math.min(tokens.size(), limit); k++) {
      String w = tokens.get(k).norm();
      // "1,026 soldiers of the 36th Marine Brigade, including 162 officers, had surrendered": the
      // aside between commas does not count against the reach.
      if (w.equals("including") && tokens.get(k - 1).is(",")) {
        for (int j = k + 1; j < Math.min(tokens.size(), k + 8); j++) {
          if (tokens.get(j).is(",")) {
            limit += j - k + 2;
            break;
          }
        }
      }
      // "549 civilians, including 41 children, have been killed": the aside's count belongs to
      // this one.
      boolean aside = tokens.get(k - 1).is("including");
      // "killed a child and two adults, and injured 17": the next clause has its own count.
      boolean nextClause =
          w.equals(",") && k + 1 < tokens.size() && CONJUNCTIONS.contains(tokens.get(k + 1).norm());
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
    // "the surrender of 2,439 fighters": "of" names the captured too.
    boolean ofTheDead =
        counted
            && q.first() > 1
            && tokens.get(q.first() - 1).is("of")
            && (Lexicon.KILLED.contains(tokens.get(q.first() - 2).norm())
                || Lexicon.CAPTURES_OF.contains(tokens.get(q.first() - 2).norm()));
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
      conjunction |= w.equals(",") || CONJUNCTIONS.contains(w);
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
    for (int j = from; j + 2 < tokens.size() && j < from + RuleSupport.SUBJECT_REACH; j++) {
      Token t = tokens.get(j);
      if (!t.isWord() || Lexicon.CLAUSE_OPENERS.contains(t.norm()) || isCount(t)) {
        return -1;
      }
      if (t.is("and") && Lexicon.BE.contains(tokens.get(j + 1).norm())) {
        int k = j + 2;
        while (k + 1 < tokens.size() && RuleSupport.adverb(tokens.get(k))) {
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
        || shotInTheHead(tokens, k)
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
    } else if (Lexicon.CAPTURED.contains(w)
        || Lexicon.CAPTURES_OF.contains(w)
        || heldBySide(tokens, k)) {
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
      return Sides.actorOf(sentence, trigger < q.first() ? trigger : q.first(), topicActor);
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
    Side subject = Sides.actorOf(sentence, k, topicActor);
    for (int i = Math.max(0, k - 3); i < k; i++) {
      if (tokens.get(i).norm().startsWith("inflict")) {
        return new Side(Actors.opposite(subject.name()), subject.inSentence());
      }
    }
    return subject;
  }
}
