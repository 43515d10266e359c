package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimantsTest {

  private static String claimant(String sentence, String previous) {
    return Claimants.find(Tokenizer.tokenize(sentence, 0, sentence.length()), sentence, previous);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Troops left the town, according to the regional governor.| the regional governor",
        "Kyiv lost ground, Reuters reported, citing a source in Ukraine's General Staff.| a source in Ukraine's General Staff",
        "The army took the village, the Defence Ministry said.| the Defence Ministry",
        "The army took the village, said Colonel Ivan Petrenko, a spokesman.| Colonel Ivan Petrenko",
        "Russia withdrew, claimed the United Kingdom's Ministry of Defence on Thursday.| the United Kingdom's Ministry of Defence",
        "General Oksana Bondar told Reuters that the town fell.| General Oksana Bondar",
        "A captured Russian gunner has admitted that his unit shelled the town.| A captured Russian gunner",
      })
  void attributionPatternsNameTheClaimant(String sentence, String expected) {
    assertThat(claimant(sentence, null)).isEqualTo(expected);
  }

  @Test
  void theArticleSpeakingForItselfHasNoClaimant() {
    assertThat(claimant("Russian forces withdrew from the town on Sunday.", null)).isNull();
    assertThat(claimant("The offensive went according to plan.", null)).isNull();
    // A passive "reported" or "confirmed" names no speaker.
    assertThat(claimant("Four more people were reported killed in Sumy.", null)).isNull();
    assertThat(claimant("The pilot was confirmed dead on Monday.", null)).isNull();
  }

  @Test
  void pronounsAndBackReferencesTakeTheLastNamedClaimant() {
    assertThat(claimant("The town fell, he said.", "Governor Oleh Syniehubov"))
        .isEqualTo("Governor Oleh Syniehubov");
    assertThat(claimant("The town fell, the ministry said.", "the Defence Ministry"))
        .isEqualTo("the Defence Ministry");
  }
}
