package org.frontline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontline.features.Analyzer;
import org.junit.jupiter.api.Test;

class ShinglesTest {

  private static long[] shingles(String text, int size) {
    return Shingles.hashes(Analyzer.tokenize(text), size);
  }

  @Test
  void hashesEveryRunOfConsecutiveWordsOnceInSortedOrder() {
    long[] hashes = shingles("one two three four five six seven", 5);

    assertThat(hashes).hasSize(3).isSorted();
    assertThat(shingles("a b a b a b a b", 2)).as("'a b' and 'b a', once each").hasSize(2);
  }

  @Test
  void sharesTheShinglesOfSharedWording() {
    long[] original = shingles("one two three four five six seven", 3);
    long[] edited = shingles("one two three four 5 six seven", 3);

    // Shingles not touching "five" survive the edit: "one two three" and "two three four".
    assertThat(Shingles.jaccard(original, edited)).isEqualTo(2.0 / 8);
  }

  @Test
  void tellsWordOrderApart() {
    assertThat(shingles("12 killed 15 wounded", 4))
        .isNotEqualTo(shingles("15 killed 12 wounded", 4));
  }

  @Test
  void makesOneShingleOfADocumentShorterThanTheSize() {
    assertThat(shingles("Kyiv under fire", 5)).hasSize(1);
    assertThat(shingles("Kyiv under fire", 5)).isNotEqualTo(shingles("Kyiv under attack", 5));
    assertThat(Shingles.hashes(List.of(), 5)).isEmpty();
  }

  @Test
  void measuresJaccardOnSortedSets() {
    assertThat(Shingles.jaccard(new long[] {1, 2, 3, 4}, new long[] {3, 4, 5, 6}))
        .isEqualTo(2.0 / 6);
    assertThat(Shingles.jaccard(new long[] {-5, 7}, new long[] {-5, 7})).isEqualTo(1.0);
    assertThat(Shingles.jaccard(new long[] {1}, new long[] {2})).isZero();
    assertThat(Shingles.jaccard(new long[0], new long[0])).isZero();
  }

  @Test
  void packsIntoBytesAndBack() {
    long[] hashes = {Long.MIN_VALUE, -1, 0, 42, Long.MAX_VALUE};

    assertThat(Shingles.toBytes(hashes)).hasSize(40);
    assertThat(Shingles.fromBytes(Shingles.toBytes(hashes))).isEqualTo(hashes);
  }
}
