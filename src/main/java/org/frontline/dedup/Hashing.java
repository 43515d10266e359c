package org.frontline.dedup;

/**
 * 64-bit hashing for shingles and MinHash: deterministic everywhere (no seed from the JVM), fast,
 * and well mixed, so that hash values can stand in for random permutations.
 */
final class Hashing {
  private Hashing() {}

  /**
   * The finaliser of SplitMix64 (Steele, Lea and Flood): a bijection on 64-bit values whose every
   * output bit depends on every input bit.
   */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** FNV-1a over the UTF-16 code units of {@code text}, then {@link #mix}ed. */
  static long of(String text) {
    long hash = 0xCBF29CE484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash = (hash ^ text.charAt(i)) * 0x100000001B3L;
    }
    return mix(hash);
  }
}
