package org.frontline.features;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.ml.feature.HashingTF;
import org.frontline.topics.TermWeights;

/**
 * Token weights from a fitted TF-IDF model, for topic scoring: the smoothed inverse document
 * frequency {@code ln((n + 1) / (df + 1)) + 1} of the token's hash bucket, the same factor the
 * model scales term frequencies by. A word found in every document of a run weighs 1, so a run of
 * one document scores topics by plain hit counting. Stop words are not in the model; they weigh 1,
 * as words found in every document would.
 */
public final class IdfWeights implements TermWeights {
  private static final long serialVersionUID = 1L;

  private final Set<String> stopWords;
  private final HashingTF hashing;
  private final double[] idf;

  /**
   * @param stopWords the words the model leaves out
   * @param hashing the model's term hashing
   * @param idf the model's inverse document frequency of each hash bucket (Spark's {@code ln((n +
   *     1) / (df + 1))})
   */
  public IdfWeights(List<String> stopWords, HashingTF hashing, double[] idf) {
    if (idf.length != hashing.getNumFeatures()) {
      throw new IllegalArgumentException(
          idf.length + " IDF values for " + hashing.getNumFeatures() + " hash buckets");
    }
    this.stopWords = new HashSet<>(stopWords);
    this.hashing = hashing;
    this.idf = idf.clone();
  }

  @Override
  public double weight(String token) {
    return stopWords.contains(token) ? 1.0 : idf[hashing.indexOf(token)];
  }
}
