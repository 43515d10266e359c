package org.frontline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandingTest {

  @Test
  void findsAPairWithTheProbabilityOfTheSCurve() {
    Banding banding = new Banding(20, 5);

    // 1 - (1 - 0.5^5)^20
    assertThat(banding.candidateProbability(0.5)).isCloseTo(0.470_051, within(1e-6));
    assertThat(banding.candidateProbability(0)).isZero();
    assertThat(banding.candidateProbability(1)).isEqualTo(1.0);
    assertThat(banding.permutations()).isEqualTo(100);
  }

  @Test
  void derivesTheFewestBandsOfTheBestRowCountForTheThreshold() {
    Banding banding = Banding.forThreshold(0.7, 128, 0.99);

    // Five rows would need 26 bands (130 values); with four, 16 bands give 0.9876 and 17 give
    // 0.9906; fewer rows meet the floor with more false candidates.
    assertThat(banding).isEqualTo(new Banding(17, 4));
    assertThat(banding.candidateProbability(0.7)).isGreaterThanOrEqualTo(0.99);
    assertThat(new Banding(16, 4).candidateProbability(0.7)).isLessThan(0.99);
  }

  @ParameterizedTest(name = "threshold {0}, at most {1} values, probability {2}")
  @CsvSource({
    "0.5, 64, 0.95",
    "0.7, 128, 0.99",
    "0.8, 200, 0.999",
    "0.9, 50, 0.9",
    "0.3, 256, 0.99",
  })
  void meetsTheFloorWithinTheBudgetAndNoFeasibleBandingHasFewerFalseCandidates(
      double threshold, int maxPermutations, double probability) {
    Banding chosen = Banding.forThreshold(threshold, maxPermutations, probability);

    assertThat(chosen.permutations()).isLessThanOrEqualTo(maxPermutations);
    assertThat(chosen.candidateProbability(threshold)).isGreaterThanOrEqualTo(probability);
    for (int rows = 1; rows <= maxPermutations; rows++) {
      for (int bands = 1; bands * rows <= maxPermutations; bands++) {
        Banding other = new Banding(bands, rows);
        if (other.candidateProbability(threshold) >= probability) {
          assertThat(other.falseCandidateArea(threshold))
              .as("%d x %d", bands, rows)
              .isGreaterThanOrEqualTo(chosen.falseCandidateArea(threshold));
        }
      }
    }
  }

  @Test
  void separatesSimilarFromDissimilarPairs() {
    Banding banding = Banding.forThreshold(0.7, 128, 0.99);

    assertThat(banding.candidateProbability(0.9)).isGreaterThan(0.999_999);
    assertThat(banding.candidateProbability(0.3)).isLessThan(0.13);
    assertThat(banding.candidateProbability(0.1)).isLessThan(0.002);
  }

  @Test
  void integratesTheFalseCandidateArea() {
    // One band of one row: P(s) = s, whose area up to t is t^2 / 2.
    assertThat(new Banding(1, 1).falseCandidateArea(0.6)).isCloseTo(0.18, within(1e-9));
  }

  @Test
  void namesTheSettingsWhenTheBudgetIsTooSmall() {
    assertThatThrownBy(() -> Banding.forThreshold(0.7, 3, 0.99))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 3 MinHash values (it takes 4)")
        .hasMessageContaining("dedup.lsh.max-permutations")
        .hasMessageContaining("dedup.lsh.candidate-probability");
  }

  @Test
  void rejectsImpossibleArguments() {
    assertThatThrownBy(() -> Banding.forThreshold(0, 128, 0.9))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Banding.forThreshold(0.7, 128, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Banding(0, 5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keysEachBandByAllItsRowsAndOnlyThem() {
    Banding banding = new Banding(3, 2);
    long[] signature = {1, 2, 3, 4, 5, 6};
    long[] oneRowChanged = {1, 2, 3, 40, 5, 6};
    long[] bandsSwapped = {3, 4, 1, 2, 5, 6};

    long[] keys = banding.bucketKeys(signature);
    long[] changed = banding.bucketKeys(oneRowChanged);
    long[] swapped = banding.bucketKeys(bandsSwapped);

    assertThat(banding.bucketKeys(signature.clone())).isEqualTo(keys);
    assertThat(changed[0]).isEqualTo(keys[0]);
    assertThat(changed[1]).isNotEqualTo(keys[1]);
    assertThat(changed[2]).isEqualTo(keys[2]);
    assertThat(swapped[0]).isEqualTo(keys[1]);
    assertThat(swapped[1]).isEqualTo(keys[0]);
    assertThat(banding.bucketKeys(new long[] {2, 1, 3, 4, 5, 6})[0])
        .as("rows are ordered within a band")
        .isNotEqualTo(keys[0]);
    assertThatThrownBy(() -> banding.bucketKeys(new long[5]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
