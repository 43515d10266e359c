package org.frontline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashTest {

  /** Shingle-like hashes of the integers in [from, to). */
  private static long[] set(int from, int to) {
    return LongStream.range(from, to).map(Hashing::mix).sorted().toArray();
  }

  private static double agreement(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      same += a[i] == b[i] ? 1 : 0;
    }
    return (double) same / a.length;
  }

  @Test
  void agreesOnAShareOfValuesCloseToTheJaccardSimilarity() {
    MinHash minHash = new MinHash(2000, 7);
    // The standard error of the estimate is sqrt(J (1 - J) / 2000) <= 0.0112; 0.035 is 3 of them.
    int[][] overlaps = {{0, 300, 100, 400}, {0, 1000, 100, 1000}, {0, 100, 90, 190}};
    for (int[] o : overlaps) {
      long[] a = set(o[0], o[1]);
      long[] b = set(o[2], o[3]);
      double jaccard = Shingles.jaccard(a, b);

      assertThat(agreement(minHash.signature(a), minHash.signature(b)))
          .as("sets with Jaccard %.3f", jaccard)
          .isBetween(jaccard - 0.035, jaccard + 0.035);
    }
  }

  @Test
  void isTheSameForTheSameSeedOnly() {
    long[] shingles = set(0, 50);

    assertThat(new MinHash(64, 1).signature(shingles))
        .isEqualTo(new MinHash(64, 1).signature(shingles))
        .isNotEqualTo(new MinHash(64, 2).signature(shingles));
    assertThat(new MinHash(64, 1).signature(shingles)).hasSize(64);
  }

  @Test
  void refusesAnEmptySet() {
    assertThatThrownBy(() -> new MinHash(8, 1).signature(new long[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not reach LSH");
  }
}
