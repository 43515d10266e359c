package org.frontline.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * Word shingles: the set of all runs of {@code size} consecutive tokens of a document, each held as
 * a 64-bit hash. With 64 bits, two different shingles of a pair share a hash with probability about
 * 10^-13, so Jaccard similarity over the hashes is the Jaccard similarity of the shingles.
 */
public final class Shingles {
  private Shingles() {}

  /**
   * The sorted, distinct shingle hashes of {@code tokens}. A document shorter than {@code size}
   * tokens is one shingle of all its tokens, so short texts can still match their copies; no tokens
   * give no shingles.
   */
  public static long[] hashes(List<String> tokens, int size) {
    if (tokens.isEmpty()) {
      return new long[0];
    }
    long[] tokenHashes = new long[tokens.size()];
    for (int i = 0; i < tokenHashes.length; i++) {
      tokenHashes[i] = Hashing.of(tokens.get(i));
    }
    int width = Math.min(size, tokenHashes.length);
    long[] shingles = new long[tokenHashes.length - width + 1];
    for (int start = 0; start < shingles.length; start++) {
      long hash = width;
      for (int i = start; i < start + width; i++) {
        // Order matters: "killed 12 wounded" and "wounded 12 killed" are different shingles.
        hash = Hashing.mix(hash * 0x9E3779B97F4A7C15L + tokenHashes[i]);
      }
      shingles[start] = hash;
    }
    Arrays.sort(shingles);
    int distinct = 0;
    for (int i = 0; i < shingles.length; i++) {
      if (i == 0 || shingles[i] != shingles[i - 1]) {
        shingles[distinct++] = shingles[i];
      }
    }
    return Arrays.copyOf(shingles, distinct);
  }

  /** Packs shingle hashes into bytes, the compact form a Spark binary column holds. */
  public static byte[] toBytes(long[] hashes) {
    ByteBuffer buffer = ByteBuffer.allocate(hashes.length * Long.BYTES);
    buffer.asLongBuffer().put(hashes);
    return buffer.array();
  }

  /** Unpacks {@link #toBytes}. */
  public static long[] fromBytes(byte[] bytes) {
    long[] hashes = new long[bytes.length / Long.BYTES];
    ByteBuffer.wrap(bytes).asLongBuffer().get(hashes);
    return hashes;
  }

  /**
   * The Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted, distinct hash sets, by one merge pass;
   * 0 when both are empty.
   */
  public static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }
}
