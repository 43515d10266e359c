package org.frontline.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a stretch of text into {@link Token}s in one pass: words (letters with inner apostrophes
 * and hyphens: "Ukraine's", "twenty-one", "11-year-old"), numbers (digits with inner separators:
 * "1,376", "1.2", "70,000-80,000") and single punctuation marks. Linear in the text whatever it
 * holds, which is what keeps the extractor's time bounded.
 */
final class Tokenizer {
  private Tokenizer() {}

  static List<Token> tokenize(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int end = abbreviationEnd(text, i, to);
      if (end > i) {
        tokens.add(token(text, i, end));
        i = end;
        continue;
      }
      end = i + 1;
      if (Character.isLetterOrDigit(c)) {
        while (end < to) {
          char d = text.charAt(end);
          if (Character.isLetterOrDigit(d)) {
            end++;
          } else if (isInner(d)
              && end + 1 < to
              && Character.isLetterOrDigit(text.charAt(end + 1))
              && joins(text.charAt(end - 1), d, text.charAt(end + 1))) {
            end += 2;
          } else {
            break;
          }
        }
        // A possessive written after a plural: "soldiers'".
        if (end < to && isApostrophe(text.charAt(end)) && text.charAt(end - 1) == 's') {
          end++;
        }
      }
      tokens.add(token(text, i, end));
      i = end;
    }
    return tokens;
  }

  /**
   * The end of an abbreviation of single capitals with points at {@code i} ("U.S.", "U.N."), or
   * {@code i}: one word, so that "2,310 U.S. troops" keeps its noun.
   */
  private static int abbreviationEnd(String text, int i, int to) {
    int end = i;
    int letters = 0;
    // At most four letters, so that a long run of "A.A.A." costs no more than a word.
    while (letters < 4
        && end + 1 < to
        && Character.isUpperCase(text.charAt(end))
        && text.charAt(end + 1) == '.') {

      letters++;
      end += 2;
    }
    boolean whole = end >= to || !Character.isLetterOrDigit(text.charAt(end));
    return letters >= 2 && whole ? end : i;
  }

  private static Token token(String text, int start, int end) {

    String raw = text.substring(start, end);
    StringBuilder norm = new StringBuilder(raw.length());
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      norm.append(isApostrophe(c) ? '\'' : isDash(c) ? '-' : c);
    }
    return new Token(raw, norm.toString().toLowerCase(Locale.ROOT), start, end);
  }

  private static boolean isInner(char c) {
    return isApostrophe(c) || c == '-' || c == '\u2011' || c == ',' || c == '.';
  }

  /**
   * Commas and points join digits only; hyphens join anything but two digits, so that a range such
   * as "70,000-80,000" stays three tokens while "11-year-old" stays one.
   */
  private static boolean joins(char before, char inner, char after) {
    boolean digits = Character.isDigit(before) && Character.isDigit(after);
    if (inner == ',' || inner == '.') {
      return digits;
    }
    return isApostrophe(inner) || !digits;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc';
  }

  private static boolean isDash(char c) {
    return c == '\u2011';
  }
}
