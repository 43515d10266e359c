package org.frontline.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {

  @Test
  void drawsGroupSizesThatAddUpWithAThirdOfStoriesUncopied() {
    List<Integer> sizes = SyntheticCorpus.groupSizes(10_000, 100_000, new Random(1));

    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(10_000);
    assertThat(sizes).allSatisfy(n -> assertThat(n).isBetween(1, 40));
    double singles = sizes.stream().filter(n -> n == 1).count() / (double) sizes.size();
    assertThat(singles).isBetween(0.30, 0.37);
    assertThat(10_000.0 / sizes.size()).isBetween(2.3, 2.7);
  }

  @Test
  void growsTheGroupsWhenStoriesAreScarce() {
    List<Integer> sizes = SyntheticCorpus.groupSizes(10_000, 1_000, new Random(1));

    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(10_000);
    assertThat(sizes)
        .hasSizeLessThanOrEqualTo(1_000)
        .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(40));
    assertThatThrownBy(() -> SyntheticCorpus.groupSizes(401, 10, new Random(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10 distinct source articles");
  }

  @Test
  void usesAStoryOnceWhenTheSourceCarriesItTwice() {
    String wire =
        "Russian forces launched a wave of drones and missiles at energy facilities across"
            + " Ukraine overnight, damaging power plants in the Kharkiv and Dnipropetrovsk regions,"
            + " the national grid operator said on Thursday. Air defence units shot down most of"
            + " the drones and cruise missiles, according to the air force command. Emergency power"
            + " cuts were introduced in several regions as engineers worked to restore supply.";
    List<SyntheticCorpus.Story> stories =
        List.of(
            new SyntheticCorpus.Story("a", "Strikes", null, List.of(wire)),
            new SyntheticCorpus.Story("b", "Strikes", null, List.of(wire)),
            new SyntheticCorpus.Story("c", "Strikes again", null, List.of(wire, "Updated.")),
            new SyntheticCorpus.Story("d", "Grain", null, List.of("Ships left Odesa with grain.")),
            new SyntheticCorpus.Story("e", "Empty", null, List.of()));

    assertThat(SyntheticCorpus.distinct(stories))
        .extracting(SyntheticCorpus.Story::id)
        .containsExactly("a", "d");
  }
}
