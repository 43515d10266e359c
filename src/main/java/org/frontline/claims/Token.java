package org.frontline.claims;

/**
 * A word, number or punctuation mark of a sentence, with its offsets into the document body.
 *
 * @param text the characters as written
 * @param norm lower case with typographic apostrophes made plain, for lexicon look-ups
 * @param start offset of the first character in the body
 * @param end offset after the last character in the body
 */
record Token(String text, String norm, int start, int end) {

  boolean isWord() {
    return Character.isLetter(text.charAt(0));
  }

  boolean isNumber() {
    return Character.isDigit(text.charAt(0));
  }

  boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  /** The word without a possessive ending: "ukraine's" gives "ukraine". */
  String base() {
    if (norm.endsWith("'s")) {
      return norm.substring(0, norm.length() - 2);
    }
    return norm.endsWith("s'") ? norm.substring(0, norm.length() - 1) : norm;
  }

  boolean is(String word) {
    return norm.equals(word);
  }
}
