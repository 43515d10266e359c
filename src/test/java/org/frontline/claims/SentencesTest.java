package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  private static List<String> sentences(String body) {
    return Sentences.split(body).stream().map(s -> body.substring(s.start(), s.end())).toList();
  }

  @Test
  void abbreviationsDoNotEndASentence() {
    assertThat(
            sentences(
                "Lt. Gen. Petrenko said on Nov. 23 that U.S. officials agreed. The town held."))
        .containsExactly(
            "Lt. Gen. Petrenko said on Nov. 23 that U.S. officials agreed.", "The town held.");
  }

  @Test
  void lineBreaksEndASentenceAndBlankLinesAreSkipped() {
    assertThat(sentences("A heading without a stop\n\n  A paragraph.  Another one.\n"))
        .containsExactly("A heading without a stop", "A paragraph.", "Another one.");
  }

  @Test
  void anEmptyBodyHasNoSentence() {
    assertThat(sentences("")).isEmpty();
    assertThat(sentences("\n\n \n")).isEmpty();
  }
}
