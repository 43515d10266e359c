package org.frontline.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.frontline.dedup.Shingles;
import org.junit.jupiter.api.Test;

class ExactPairsTest {

  private static long[] range(long from, long to) {
    return LongStream.range(from, to).toArray();
  }

  @Test
  void findsEveryPairAtOrAboveTheThreshold() {
    Map<String, long[]> shingles =
        Map.of(
            "a", range(0, 100),
            "b", range(0, 80), // 0.8 with a
            "c", range(10, 90), // 0.8 with a, 70 / 90 with b
            "d", range(50, 150), // 50 / 150 with a
            "e", new long[0]);

    assertThat(ExactPairs.atLeast(shingles, 0.75))
        .containsExactlyInAnyOrder(
            new String[] {"a", "b"}, new String[] {"a", "c"}, new String[] {"b", "c"});
    assertThat(ExactPairs.atLeast(shingles, 0.8))
        .containsExactlyInAnyOrder(new String[] {"a", "b"}, new String[] {"a", "c"});
  }

  @Test
  void agreesWithComparingEveryPair() {
    Random random = new Random(5);
    Map<String, long[]> shingles = new TreeMap<>();
    for (int i = 0; i < 60; i++) {
      long start = random.nextInt(40);
      shingles.put(String.format("d%02d", i), range(start, start + 20 + random.nextInt(60)));
    }
    List<String> ids = List.copyOf(shingles.keySet());
    long expected = 0;
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        expected +=
            Shingles.jaccard(shingles.get(ids.get(i)), shingles.get(ids.get(j))) >= 0.6 ? 1 : 0;
      }
    }

    assertThat(expected).as("the random sets do hold such pairs").isPositive();
    assertThat(ExactPairs.atLeast(shingles, 0.6)).hasSize((int) expected);
  }
}
