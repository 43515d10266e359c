package org.frontline.dedup;

import com.typesafe.config.Config;
import java.io.Serializable;
import org.frontline.config.Settings;

/**
 * Settings of the dedup stage, validated when the run starts (see {@code conf/frontline.conf}).
 *
 * @param shingleSize words per shingle
 * @param jaccardThreshold least shingle Jaccard similarity of a verified pair
 * @param cosineThreshold least TF-IDF cosine similarity of a verified pair
 * @param banding the LSH banding derived from the Jaccard threshold
 * @param seed seed of the MinHash permutations
 * @param maxBucketSize largest LSH bucket whose members are all compared pairwise
 * @param maxIterations rounds allowed to the connected components
 * @param maxDriverLinks most verified links whose components are found on the driver
 */
public record DedupConfig(
    int shingleSize,
    double jaccardThreshold,
    double cosineThreshold,
    Banding banding,
    long seed,
    int maxBucketSize,
    int maxIterations,
    int maxDriverLinks)
    implements Serializable {

  public static DedupConfig from(Config config) {
    Settings s = new Settings(config);
    double jaccard = s.doubleIn("dedup.jaccard-threshold", 0, 1);
    if (jaccard == 0) {
      throw Settings.invalid(
          "dedup.jaccard-threshold", jaccard, "must be in (0, 1]: 0 would make every pair a copy");
    }
    int maxPermutations = s.intIn("dedup.lsh.max-permutations", 1, 10_000);
    double probability = s.doubleIn("dedup.lsh.candidate-probability", 0, 1);
    if (probability <= 0 || probability >= 1) {
      throw Settings.invalid(
          "dedup.lsh.candidate-probability", probability, "must be in (0, 1), e.g. 0.99");
    }
    return new DedupConfig(
        s.intIn("dedup.shingle-size", 1, 100),
        jaccard,
        s.doubleIn("dedup.cosine-threshold", 0, 1),
        Banding.forThreshold(jaccard, maxPermutations, probability),
        s.longIn("dedup.lsh.seed", Long.MIN_VALUE, Long.MAX_VALUE),
        s.intIn("dedup.lsh.max-bucket-size", 2, 1_000_000),
        s.intIn("dedup.max-iterations", 1, 1000),
        s.intIn("dedup.components-on-driver-max-links", 0, 10_000_000));
  }
}
