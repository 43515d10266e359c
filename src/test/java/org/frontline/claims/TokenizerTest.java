package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static List<String> texts(String text) {
    return Tokenizer.tokenize(text, 0, text.length()).stream().map(Token::text).toList();
  }

  @Test
  void numbersKeepTheirSeparatorsAndDecimals() {
    assertThat(texts("about 1,376 km and 1.2 million."))
        .containsExactly("about", "1,376", "km", "and", "1.2", "million", ".");
  }

  @Test
  void aRangeOfDigitsIsThreeTokensWhileHyphenatedWordsStayWhole() {
    assertThat(texts("70,000-80,000 troops, an 11-year-old, twenty-one"))
        .containsExactly(
            "70,000", "-", "80,000", "troops", ",", "an", "11-year-old", ",", "twenty-one");
  }

  @Test
  void possessivesStayWithTheirWordAndApostrophesAreNormalised() {
    List<Token> tokens = Tokenizer.tokenize("Ukraine’s forces, the soldiers' guns", 0, 36);
    assertThat(tokens.get(0).text()).isEqualTo("Ukraine’s");
    assertThat(tokens.get(0).norm()).isEqualTo("ukraine's");
    assertThat(tokens.get(0).base()).isEqualTo("ukraine");
    assertThat(tokens.get(4).text()).isEqualTo("soldiers'");
    assertThat(tokens.get(4).base()).isEqualTo("soldiers");
  }

  @Test
  void anAbbreviationOfCapitalsWithPointsIsOneWord() {
    assertThat(texts("2,310 U.S. troops and the U.N. said."))
        .containsExactly("2,310", "U.S.", "troops", "and", "the", "U.N.", "said", ".");
  }

  @Test
  void offsetsPointIntoTheWholeText() {

    String text = "Intro. Kyiv held.";
    List<Token> tokens = Tokenizer.tokenize(text, 7, text.length());
    assertThat(tokens.get(0).text()).isEqualTo("Kyiv");
    assertThat(text.substring(tokens.get(0).start(), tokens.get(0).end())).isEqualTo("Kyiv");
    assertThat(tokens.get(2).start()).isEqualTo(16);
  }
}
