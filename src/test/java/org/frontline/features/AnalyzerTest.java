package org.frontline.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

  @Test
  void tokenisesOnLettersAndDigitsAndLowercases() {
    assertThat(Analyzer.tokenize("Russia's forces, 2024: Kyiv\u2014KHARKIV! counter-offensive"))
        .containsExactly(
            "russia", "s", "forces", "2024", "kyiv", "kharkiv", "counter", "offensive");
  }

  @Test
  void tokenisesOtherScriptsAndSupplementaryCharacters() {
    assertThat(Analyzer.tokenize("Збройні Сили України; \uD835\uDC00bc"))
        .containsExactly("збройні", "сили", "україни", "\uD835\uDC00bc");
  }

  @Test
  void lowercasesIndependentlyOfTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr"));
    try {
      assertThat(Analyzer.tokenize("INFANTRY")).containsExactly("infantry");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void givesNoTokensForNullBlankOrPunctuation() {
    assertThat(Analyzer.tokenize(null)).isEmpty();
    assertThat(Analyzer.tokenize("")).isEmpty();
    assertThat(Analyzer.tokenize(" \t\n -- ... '")).isEmpty();
  }
}
