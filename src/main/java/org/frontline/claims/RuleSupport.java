package org.frontline.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the orchestration in {@link ClaimExtractor} and both rule sets ({@link TerritorialRules},
 * {@link CasualtyRules}) share: the time cap, how far back a subject is looked for, distances and
 * the nearest place, a few word tests, modality ({@link #blocked}) and the text of a span.
 */
final class RuleSupport {
  /** "97th", "41st": an ordinal written with digits. */
  private static final Pattern NUMBERED_ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

  private RuleSupport() {}

  /** How far back the subject of a verb is looked for, in tokens. */
  static final int SUBJECT_REACH = 20;

  /** Thrown when a document runs past its time cap; caught by {@link ClaimExtractor#extract}. */
  static final class TimeCapExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TimeCapExceeded() {
      super(null, null, false, false);
    }
  }

  static void checkTime(long deadline) {
    if (System.nanoTime() > deadline) {
      throw new TimeCapExceeded();
    }
  }

  static int distance(int index, int first, int last) {
    return index < first ? first - index : index - last;
  }

  /** Words that open a noun phrase, besides possessives ("Russia's"). */
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "its", "their", "his", "her", "our", "any");

  /** Words after a participle that end its reduced clause: "killed and", "wounded overnight". */
  private static final Set<String> CLAUSE_ENDERS =
      Set.of(
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
          "since");

  /** Adverbs not ending in "-ly" that stand between an auxiliary and its participle. */
  private static final Set<String> SHORT_ADVERBS =
      Set.of("also", "later", "then", "already", "since", "just", "now", "both", "all", "still");

  static boolean determiner(Token t) {
    return DETERMINERS.contains(t.norm()) || t.norm().endsWith("'s");
  }

  /** The place named nearest to a token, looking outwards from it. */
  static Place nearestPlace(Sentence sentence, int anchor) {
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

  /** A quotation mark: "was \"unfortunately killed\"" quotes only part of a verb. */
  static boolean isQuote(Token t) {
    return t.is("\"") || t.is("\u201c") || t.is("\u201d");
  }

  /** "a woman killed in the blast", "soldiers killed or captured": the clause ends here. */
  static boolean endsReducedClause(List<Token> tokens, int next) {
    if (next >= tokens.size()) {
      return true;
    }
    Token t = tokens.get(next);
    return !t.isWord()
        || Lexicon.PREPOSITIONS.contains(t.norm())
        || CLAUSE_ENDERS.contains(t.norm());
  }

  /** Lower-case adverbs between an auxiliary and its participle: "was reportedly killed". */
  static boolean adverb(Token t) {
    String w = t.norm();
    return !t.isCapitalised() && t.isWord() && (w.endsWith("ly") || SHORT_ADVERBS.contains(w));
  }

  /** Whether any word of the sentence is one of {@code words}. */
  static boolean mentions(List<Token> tokens, Set<String> words) {
    return mentionsBetween(tokens, 0, tokens.size(), words);
  }

  /**
   * Whether a word of tokens {@code from} (inclusive) to {@code to} (exclusive), clipped to the
   * sentence, is one of {@code words}.
   */
  static boolean mentionsBetween(List<Token> tokens, int from, int to, Set<String> words) {
    for (int i = Math.max(0, from); i < Math.min(tokens.size(), to); i++) {
      if (words.contains(tokens.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code k} asserts nothing: under a modal or negation ("could capture", "did
   * not withdraw", "failed to take"), or an infinitive of intent ("an effort to take back",
   * "promises to retake") rather than of fact ("managed to capture", "decided to withdraw").
   */
  static boolean blocked(List<Token> tokens, int k) {
    if (conditional(tokens, k)) {
      return true;
    }
    for (int i : wordsBefore(tokens, k, 3)) {
      if (modal(tokens.get(i))) {
        return true;
      }
      if (infinitive(tokens, i)) {
        if (ordinalBefore(tokens, i)) {
          return false;
        }
        if (i == 0 || !Lexicon.TO_AS_FACT.contains(tokens.get(i - 1).norm())) {
          return true;
        }
        // "would not be able to capture": the fact verb is itself under a modal or negation;
        // "Putin's goal appears to be seizing Kyiv": what appears is an aim.
        return modalBetween(tokens, i - 4, i - 1)
            || mentionsBetween(tokens, i - 4, i - 1, Lexicon.DEMANDS);
      }
    }
    return false;
  }

  /**
   * Whether the "to" at {@code i} marks an infinitive ("vowed to retake"), not a preposition: a
   * preposition goes before a number ("100 to 200 troops", "close to 1,350 deaths"), a determiner
   * or qualifier ("led to the deaths of", "rose to at least 12"), or a name ("handed over to Kyiv
   * the bodies").
   */
  private static boolean infinitive(List<Token> tokens, int i) {
    if (!tokens.get(i).is("to") || i + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    return !Quantities.startsNumber(tokens, i + 1)
        && !Lexicon.NOT_AFTER_INFINITIVE_TO.contains(next.norm())
        && !next.isCapitalised();
  }

  /**
   * "the first major city to be occupied", "the 97th known colonel to have been killed", "its first
   * female regular soldier to be killed": after "the" or "its" and an ordinal, the infinitive at
   * {@code to} tells a fact.
   */
  private static boolean ordinalBefore(List<Token> tokens, int to) {
    // "one of the last obstacles to seizing Luhansk": "to" before a gerund is a preposition.
    if (to + 1 < tokens.size() && tokens.get(to + 1).norm().endsWith("ing")) {
      return false;
    }
    for (int o = Math.max(1, to - 5); o < to - 1; o++) {
      String before = tokens.get(o - 1).norm();
      String w = tokens.get(o).norm();
      boolean ordinal = Lexicon.ORDINALS.contains(w) || NUMBERED_ORDINAL.matcher(w).matches();
      if ((before.equals("the") || Lexicon.FORCE_OWNERS.contains(before)) && ordinal) {
        return true;
      }
    }
    return false;
  }

  /** A modal or a negation; "May" is the month, only the lower-case word is a modal. */
  private static boolean modal(Token t) {
    return (Lexicon.MODALS.contains(t.norm()) && !t.text().equals("May"))
        || t.norm().endsWith("n't");
  }

  /**
   * Whether one of the three words before token {@code k} is a modal or negation: "could result in
   * 40", "no one was killed"; not the "if not" that widens a count ("hundreds if not thousands").
   */
  static boolean modalBefore(List<Token> tokens, int k) {
    for (int i : wordsBefore(tokens, k, 3)) {
      if (modal(tokens.get(i)) && !ifNot(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} is a word of "if not", which widens a count: "hundreds if not all". */
  private static boolean ifNot(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return (t.is("if") && i + 1 < tokens.size() && tokens.get(i + 1).is("not"))
        || (t.is("not") && i > 0 && tokens.get(i - 1).is("if"));
  }

  /** The indexes of the last {@code n} words before token {@code k}, nearest first. */
  private static List<Integer> wordsBefore(List<Token> tokens, int k, int n) {
    List<Integer> words = new ArrayList<>(n);
    for (int i = k - 1; i >= 0 && words.size() < n; i--) {
      if (tokens.get(i).isWord()) {
        words.add(i);
      }
    }
    return words;
  }

  private static boolean modalBetween(List<Token> tokens, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (modal(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "If and when Russian troops do withdraw", "in case of mass casualties": an "if" earlier in the
   * clause, but not "hundreds if not thousands", which only widens a count.
   */
  private static boolean conditional(List<Token> tokens, int k) {
    for (int i = k - 1; i >= Math.max(0, k - 8); i--) {
      Token t = tokens.get(i);
      if (t.is(",") || t.is(";")) {
        return false;
      }
      boolean inCase = t.is("case") && i > 0 && tokens.get(i - 1).is("in");
      if ((t.is("if") && !ifNot(tokens, i)) || t.is("unless") || inCase) {
        return true;
      }
    }
    return false;
  }

  static String text(Sentence sentence, int first, int last) {
    List<Token> tokens = sentence.tokens();
    return sentence.body().substring(tokens.get(first).start(), tokens.get(last).end());
  }
}
