package org.frontline.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.frontline.features.Keywords.Keyword;
import org.junit.jupiter.api.Test;

class KeywordsTest {

  @Test
  void keepsTheHighestWeightsBestFirstWithTiesInTermOrder() {
    Map<String, Double> weights = Map.of("kyiv", 0.2, "izyum", 0.5, "kharkiv", 0.5, "army", 0.1);

    assertThat(Keywords.top(List.of("kyiv", "kharkiv", "izyum", "army"), weights::get, 3))
        .containsExactly(
            new Keyword("izyum", 0.5), new Keyword("kharkiv", 0.5), new Keyword("kyiv", 0.2));
  }

  @Test
  void countsARepeatedTermOnce() {
    Map<String, Double> weights = Map.of("ukraine", 0.1, "drone", 0.3);

    assertThat(Keywords.top(List.of("drone", "ukraine", "drone"), weights::get, 5))
        .containsExactly(new Keyword("drone", 0.3), new Keyword("ukraine", 0.1));
    assertThat(Keywords.top(List.of(), weights::get, 5)).isEmpty();
    assertThat(Keywords.top(List.of("drone"), weights::get, 0)).isEmpty();
  }
}
