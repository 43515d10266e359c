package org.frontline.features;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;

/**
 * The one tokenizer of Frontline: documents (for TF-IDF, shingles and topics) and taxonomy terms go
 * through it, which is what keeps terms and documents comparable.
 */
public final class Analyzer {
  private Analyzer() {}

  /**
   * Whether {@code text} has a token: a letter or digit ({@link Character#isLetterOrDigit(int)} is
   * {@code \p{L}} or {@code \p{Nd}}), as a Spark column, so that documents without tokens can be
   * set aside without tokenizing them.
   */
  public static Column hasTokens(Column text) {
    return coalesce(text.rlike("[\\p{L}\\p{Nd}]"), lit(false));
  }

  /**
   * Splits text into lowercase word tokens: maximal runs of letters and digits ({@link
   * Character#isLetterOrDigit(int)}), lowercased with {@link Locale#ROOT} so results do not depend
   * on the machine's locale. Everything else separates tokens, so "Russia's" gives "russia" and "s"
   * (a term "russia" then matches the possessive) and "counter-offensive" gives "counter" and
   * "offensive" (a term "counter-offensive" is tokenised the same way and still matches).
   *
   * @param text any text; {@code null} gives no tokens
   * @return the tokens in order, unmodifiable
   */
  public static List<String> tokenize(String text) {
    if (text == null) {
      return List.of();
    }
    List<String> tokens = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      if (Character.isLetterOrDigit(codePoint)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        tokens.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      i += Character.charCount(codePoint);
    }
    if (start >= 0) {
      tokens.add(text.substring(start).toLowerCase(Locale.ROOT));
    }
    return Collections.unmodifiableList(tokens);
  }
}
