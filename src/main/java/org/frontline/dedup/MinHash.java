package org.frontline.dedup;

import java.io.Serializable;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets. Each of the {@code permutations} hash functions is {@code x
 * -> mix(x ^ salt)} with its own salt drawn from a fixed seed, so signatures are the same on every
 * machine and in every run: a pair agrees on one signature value with probability equal to the
 * Jaccard similarity of its sets.
 */
public final class MinHash implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] multipliers;
  private final long[] increments;

  public MinHash(int permutations, long seed) {
    if (permutations < 1) {
      throw new IllegalArgumentException("MinHash needs at least one permutation");
    }
    SplittableRandom random = new SplittableRandom(seed);
    this.multipliers = random.longs(permutations).map(m -> m | 1).toArray();
    this.increments = random.longs(permutations).toArray();
  }

  /** The signature of a non-empty set of shingle hashes: per permutation, the least hash value. */
  public long[] signature(long[] shingles) {
    if (shingles.length == 0) {
      throw new IllegalArgumentException(
          "An empty set has no MinHash signature; documents without tokens must not reach LSH");
    }
    long[] signature = new long[multipliers.length];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < multipliers.length; i++) {
        long value = multipliers[i] * shingle + increments[i];
        if (value < signature[i]) {
          signature[i] = value;
        }
      }
    }
    return signature;
  }

  public int permutations() {
    return multipliers.length;
  }
}
