package org.frontline.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sides a sentence names: Ukraine (Ukraine, Ukrainian, Kyiv, Zelensky...) and Russia (Russia,
 * Russian, Moscow, the Kremlin, Wagner, separatists, "the occupiers"...).
 */
final class Actors {
  private Actors() {}

  static final String UKRAINE = "ukraine";
  static final String RUSSIA = "russia";
  static final String CIVILIANS = "civilians";

  /** A side named at token {@code index}. */
  record Mention(int index, String side) {}

  private static final Set<String> UKRAINE_WORDS =
      Set.of(
          "ukraine",
          "ukrainian",
          "ukrainians",
          "kyiv",
          "kiev",
          "zelensky",
          "zelenskyy",
          "zelenskiy",
          "zsu",
          "zaluzhnyi",
          "syrskyi");

  private static final Set<String> RUSSIA_WORDS =
      Set.of(
          "russia",
          "russian",
          "russians",
          "moscow",
          "kremlin",
          "putin",
          "wagner",
          "rosgvardia",
          "chechen",
          "kadyrov",
          "separatist",
          "separatists",
          "occupiers",
          "invaders",
          "dpr",
          "lpr",
          "shoigu",
          "gerasimov",
          "prigozhin");

  /** Nouns for people who are no side's fighters. */
  static final Set<String> CIVILIAN_NOUNS =
      Set.of(
          "people",
          "persons",
          "person",
          "civilians",
          "civilian",
          "residents",
          "children",
          "child",
          "kids",
          "women",
          "woman",
          "men",
          "man",
          "citizens",
          "individuals",
          "victims",
          "workers",
          "journalists",
          "volunteers",
          "rescuers",
          "medics",
          "doctors",
          "passengers",
          "students",
          "adults",
          "babies",
          "infants",
          "teenagers",
          "boys",
          "girls",
          "patients",
          "villagers",
          "inhabitants",
          "employees",
          "firefighters",
          "elderly",
          "pensioners",
          "refugees",
          "evacuees",
          // One person, for claims without a number: "a volunteer medic was killed".
          "resident",
          "citizen",
          "journalist",
          "reporter",
          "photographer",
          "volunteer",
          "rescuer",
          "medic",
          "doctor",
          "nurse",
          "teacher",
          "priest",
          "passenger",
          "student",
          "teenager",
          "boy",
          "girl",
          "baby",
          "infant",
          "newborn",
          "villager",
          "worker",
          "employee",
          "firefighter",
          "pensioner",
          "driver",
          "family",
          "protester",
          "protesters");

  /** The side a single token names, or null: "Ukraine's", "pro-Russian", "Russian-appointed". */
  static String sideOf(Token t) {
    if (!t.isWord()) {
      return null;
    }
    String w = t.base();
    if (w.startsWith("pro-")) {
      w = w.substring(4);
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      w = w.substring(0, dash);
    }
    if (UKRAINE_WORDS.contains(w)) {
      return UKRAINE;
    }
    return RUSSIA_WORDS.contains(w) ? RUSSIA : null;
  }

  /**
   * A side named by a noun that can be a verb's subject ("Russia occupied", "Moscow", "Kadyrov"),
   * not by its adjective: the side adjectives ("Russian", "Ukrainian", "Chechen") end in "n".
   */
  static boolean sideNoun(Token t) {
    return sideOf(t) != null && t.isCapitalised() && !t.base().endsWith("n");
  }

  static List<Mention> find(List<Token> tokens) {
    List<Mention> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String side = sideOf(tokens.get(i));
      if (side != null) {
        found.add(new Mention(i, side));
      }
    }
    return found;
  }

  /** The other side of a war of two. */
  static String opposite(String side) {
    if (UKRAINE.equals(side)) {
      return RUSSIA;
    }
    return RUSSIA.equals(side) ? UKRAINE : null;
  }
}
