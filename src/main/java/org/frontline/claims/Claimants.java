package org.frontline.claims;

import java.util.List;
import java.util.Set;

/**
 * Who asserts a sentence's claim: "according to X", "citing X", "X said", "said X", "X told
 * Reuters", "claimed X". Null when the article speaks for itself. A pronoun or a back-reference
 * ("he said", "the ministry said") takes the last claimant the document named.
 */
final class Claimants {
  private Claimants() {}

  private static final int MAX_WORDS = 12;

  private static final Set<String> VERBS =
      Set.of(
          "said",
          "says",
          "told",
          "claimed",
          "claims",
          "reported",
          "reports",
          "stated",
          "states",
          "announced",
          "announces",
          "added",
          "estimated",
          "estimates",
          "confirmed",
          "confirms",
          "wrote",
          "alleged",
          "insisted",
          "noted",
          "assessed",
          "assesses",
          "acknowledged",
          "admitted",
          "declared",
          "tweeted");

  private static final Set<String> BACK_REFERENCES =
      Set.of(
          "he",
          "she",
          "they",
          "it",
          "we",
          "i",
          "the source",
          "the ministry",
          "the agency",
          "him",
          "her",
          "them",
          "the official",
          "the spokesman",
          "the spokesperson",
          "the statement",
          "the report",
          "the governor",
          "the military",
          "officials",
          "the officials",
          "the update",
          "he also",
          "she also",
          "it also",
          "the source added");

  /** Words that end a claimant's name. */
  private static final Set<String> STOPS =
      Set.of(
          ",", ".", ";", ":", "\"", "\u201c", "\u201d", "(", ")", "that", "on", "in", "as", "after",
          "while", "who", "which", "and", "but", "-", "\u2014", "\u2013", "when", "to");

  /**
   * The claimant of a sentence.
   *
   * @param previous the last claimant named earlier in the document, or null
   */
  static String find(List<Token> tokens, String text, String previous) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).is("citing")) {
        String name = forward(tokens, text, i + 1);
        if (name != null) {
          return resolve(name, previous);
        }
      }
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).is("according") && tokens.get(i + 1).is("to")) {
        String name = forward(tokens, text, i + 2);
        if (name != null) {
          return resolve(name, previous);
        }
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      // "were reported killed", "was confirmed dead": a passive names no speaker.
      if (!VERBS.contains(tokens.get(i).norm())
          || (i > 0 && Lexicon.BE.contains(tokens.get(i - 1).norm()))) {
        continue;
      }
      String before = backward(tokens, text, i - 1);
      if (before != null) {
        return resolve(before, previous);
      }
      String after = forward(tokens, text, i + 1);
      if (after != null && (tokens.get(i + 1).isCapitalised() || tokens.get(i + 1).is("the"))) {
        return resolve(after, previous);
      }
    }
    return null;
  }

  /** Whether a word is a verb of saying that attributes a claim: "said", "told", "claimed". */
  static boolean isSpeechVerb(String word) {
    return VERBS.contains(word);
  }

  private static String resolve(String name, String previous) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (BACK_REFERENCES.contains(lower)) {
      return previous;
    }
    return name;
  }

  /** The name starting at {@code from}, up to a stop word; null when there is none. */
  private static String forward(List<Token> tokens, String text, int from) {
    int end = from;
    while (end < tokens.size()
        && end - from < MAX_WORDS
        && !STOPS.contains(tokens.get(end).norm())) {
      end++;
    }
    // "a source in Ukraine's General Staff": "in" continues a name that has not started a clause.
    if (end < tokens.size()
        && end > from
        && tokens.get(end).is("in")
        && end + 1 < tokens.size()
        && tokens.get(end + 1).isCapitalised()) {
      int more = end + 1;
      while (more < tokens.size()
          && more - from < MAX_WORDS
          && !STOPS.contains(tokens.get(more).norm())) {
        more++;
      }
      end = more;
    }
    if (end == from) {
      return null;
    }
    // A name has a capital within its first words or starts with a determiner ("former deputy
    // Boris Nadezhdin", "a source in ..."), or is a pronoun standing for one; "according to plan"
    // names nobody.
    Token first = tokens.get(from);
    boolean named = Set.of("the", "a", "an", "him", "her", "them").contains(first.norm());
    for (int i = from; i < Math.min(end, from + 4); i++) {
      named |= tokens.get(i).isCapitalised();
    }
    return named ? text.substring(first.start(), tokens.get(end - 1).end()) : null;
  }

  /** The name ending at {@code to}, back to a stop word; null when there is none. */
  private static String backward(List<Token> tokens, String text, int to) {
    // "the soldier has admitted": the auxiliary is no part of the name.
    while (to >= 0 && Lexicon.BE_HAVE.contains(tokens.get(to).norm())) {
      to--;
    }
    int start = to;
    while (start >= 0 && to - start < MAX_WORDS && !STOPS.contains(tokens.get(start).norm())) {
      start--;
    }
    start++;
    if (start > to) {
      return null;
    }
    // A name after a clause ("...losses, the agency said") or opening the sentence.
    boolean bounded = start == 0 || STOPS.contains(tokens.get(start - 1).norm());
    return bounded ? text.substring(tokens.get(start).start(), tokens.get(to).end()) : null;
  }
}
