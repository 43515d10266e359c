package org.frontline.claims;

import java.util.List;

/**
 * Which side a claim is about: the actor of a verb, the other side of "taken from", the subject.
 */
final class Sides {
  private Sides() {}

  /** A side and whether the sentence itself names it (rather than the sentences before). */
  record Side(String name, boolean inSentence) {}

  /**
   * The side doing what the verb at {@code k} says: the agent of a passive ("by Russian forces"),
   * the side named with a noun ("the withdrawal of Russian forces"), else the nearest side before
   * it that is no object of a preposition, else the side of the sentences before.
   */
  static Side actorOf(Sentence sentence, int k, String topicActor) {
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
      // "They pushed the Russians out of two villages": the side pushed out is the loser.
      Side pushedOut = Lexicon.PUSH.contains(w) ? pushedSide(tokens, k) : null;
      if (pushedOut != null) {
        return pushedOut;
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
    for (int i = k - 1; i >= Math.max(0, k - RuleSupport.SUBJECT_REACH); i--) {
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

  /**
   * The opposite of the side a verb of pushing pushes: its object ("pushed the Russians out"), or
   * in the passive its subject ("Russian forces were pushed out").
   */
  private static Side pushedSide(List<Token> tokens, int k) {
    String side = null;
    if (k > 0 && Lexicon.PASSIVE_AUXILIARIES.contains(tokens.get(k - 1).norm())) {
      side = sideBefore(tokens, k - 2, k - RuleSupport.SUBJECT_REACH);
    } else {
      int object = k + 1 < tokens.size() && tokens.get(k + 1).is("the") ? k + 2 : k + 1;
      side = object < tokens.size() ? Actors.sideOf(tokens.get(object)) : null;
    }
    String winner = Actors.opposite(side);
    return winner != null ? new Side(winner, true) : null;
  }

  /** The side named nearest before token {@code from + 1}, down to token {@code to}, or null. */
  static String sideBefore(List<Token> tokens, int from, int to) {
    for (int i = from; i >= Math.max(0, to); i--) {
      String side = Actors.sideOf(tokens.get(i));
      if (side != null) {
        return side;
      }
    }
    return null;
  }

  /** The other side of "taken from X" within a few words of the verb, or null. */
  static Side fromSide(List<Token> tokens, int k) {
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

  static Side byAgent(List<Token> tokens, int k) {
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
  static boolean objectOfPreposition(List<Token> tokens, int i) {
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
  static String firstSubject(Sentence sentence) {
    for (Actors.Mention m : sentence.actors()) {
      if (!objectOfPreposition(sentence.tokens(), m.index())) {
        return m.side();
      }
    }
    return null;
  }
}
