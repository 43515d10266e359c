package org.frontline.dedup;

import java.io.Serializable;

/**
 * The banding of MinHash LSH: a signature of {@code bands * rows} MinHash values is cut into {@code
 * bands} bands of {@code rows} values, and two documents are candidates when all rows of at least
 * one band agree. A pair whose shingle sets have Jaccard similarity {@code s} agrees on one row
 * with probability {@code s}, so it becomes a candidate with probability {@code 1 - (1 -
 * s^rows)^bands}: an S-curve that is steep around {@code (1/bands)^(1/rows)}.
 *
 * @param bands how many bands the signature is cut into
 * @param rows MinHash values per band
 */
public record Banding(int bands, int rows) implements Serializable {

  /**
   * Integration steps of the false-candidate area; the curve is smooth, so this is exact enough.
   */
  private static final int SIMPSON_STEPS = 1000;

  public Banding {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "A banding needs at least one band of one row, not " + bands + " x " + rows);
    }
  }

  /**
   * The banding for a verification threshold: among all {@code bands x rows <= maxPermutations}
   * that make a pair at exactly {@code threshold} a candidate with probability at least {@code
   * minProbability} (pairs above it are more likely still), the one with the least expected false
   * candidates, measured as the area under the S-curve below the threshold; on a tie, the one with
   * fewer MinHash values. Candidates below the threshold cost only verification, candidates missed
   * above it are lost, hence a recall floor and the cheapest banding that meets it.
   *
   * @throws IllegalArgumentException naming the settings to change when no banding within {@code
   *     maxPermutations} reaches {@code minProbability}
   */
  public static Banding forThreshold(double threshold, int maxPermutations, double minProbability) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("The threshold must be in (0, 1], not " + threshold);
    }
    if (!(minProbability > 0 && minProbability < 1)) {
      throw new IllegalArgumentException(
          "The candidate probability must be in (0, 1), not " + minProbability);
    }
    Banding best = null;
    double bestArea = Double.POSITIVE_INFINITY;
    int fewestPermutationsNeeded = Integer.MAX_VALUE;
    for (int rows = 1; rows <= maxPermutations; rows++) {
      int bands = bandsNeeded(threshold, rows, minProbability);
      if (bands == Integer.MAX_VALUE) {
        continue;
      }
      long permutations = (long) bands * rows;
      fewestPermutationsNeeded = (int) Math.min(fewestPermutationsNeeded, permutations);
      if (permutations > maxPermutations) {
        continue;
      }
      Banding banding = new Banding(bands, rows);
      double area = banding.falseCandidateArea(threshold);
      if (area < bestArea || (area == bestArea && banding.permutations() < best.permutations())) {
        best = banding;
        bestArea = area;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException(
          "Cannot make a pair at Jaccard "
              + threshold
              + " a candidate with probability "
              + minProbability
              + " using at most "
              + maxPermutations
              + " MinHash values"
              + (fewestPermutationsNeeded == Integer.MAX_VALUE
                  ? ""
                  : " (it takes " + fewestPermutationsNeeded + ")")
              + ": raise dedup.lsh.max-permutations or lower dedup.lsh.candidate-probability");
    }
    return best;
  }

  /** The fewest bands of {@code rows} rows reaching {@code minProbability} at {@code threshold}. */
  private static int bandsNeeded(double threshold, int rows, double minProbability) {
    double bandAgrees = Math.pow(threshold, rows);
    if (bandAgrees >= 1) {
      return 1;
    }
    // 1 - (1 - p)^b >= q  <=>  b >= ln(1 - q) / ln(1 - p); log1p keeps tiny p accurate.
    double bands = Math.ceil(Math.log1p(-minProbability) / Math.log1p(-bandAgrees) - 1e-9);
    return bands > Integer.MAX_VALUE ? Integer.MAX_VALUE : Math.max(1, (int) bands);
  }

  /** MinHash values per signature. */
  public int permutations() {
    return bands * rows;
  }

  /** The probability that a pair of Jaccard similarity {@code similarity} becomes a candidate. */
  public double candidateProbability(double similarity) {
    return -Math.expm1(bands * Math.log1p(-Math.pow(similarity, rows)));
  }

  /**
   * The area under the candidate-probability curve between 0 and {@code threshold}: proportional to
   * the expected false candidates when pair similarities below the threshold are spread evenly.
   */
  public double falseCandidateArea(double threshold) {
    double step = threshold / SIMPSON_STEPS;
    double sum = candidateProbability(0) + candidateProbability(threshold);
    for (int i = 1; i < SIMPSON_STEPS; i++) {
      sum += (i % 2 == 1 ? 4 : 2) * candidateProbability(i * step);
    }
    return sum * step / 3;
  }

  /**
   * The bucket key of each band of a MinHash signature: a 64-bit hash of the band's {@code rows}
   * values. Keys are compared within one band only (the band index goes beside the key), so equal
   * keys in different bands mean nothing.
   */
  public long[] bucketKeys(long[] signature) {
    if (signature.length != permutations()) {
      throw new IllegalArgumentException(
          "A signature of " + signature.length + " values for " + bands + " x " + rows);
    }
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long key = 0x9E3779B97F4A7C15L;
      for (int row = 0; row < rows; row++) {
        key = Hashing.mix(key ^ signature[band * rows + row]) * 0xBF58476D1CE4E5B9L;
      }
      keys[band] = Hashing.mix(key);
    }
    return keys;
  }
}
