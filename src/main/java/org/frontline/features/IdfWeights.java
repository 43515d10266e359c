package org.frontline.features;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.frontline.topics.TermWeights;

/**
 * The weights of a fitted TF-IDF model: the smoothed inverse document frequency {@code ln((n + 1) /
 * (df + 1)) + 1} of each term's hash bucket. Spark's IDF is the same without the {@code + 1} (the
 * smoothing scikit-learn applies), which gives 0 to a term found in every document and would make
 * two near-copies orthogonal in a run made mostly of one story; with it, such a term weighs its
 * frequency, and a run of one document scores topics by plain hit counting. The same weights make
 * the documents' TF-IDF vectors and weigh tokens for topic scoring. Stop words are not in the
 * model; as tokens they weigh 1, as words found in every document would.
 */
public final class IdfWeights implements TermWeights {
  private static final long serialVersionUID = 1L;

  private final Set<String> stopWords;
  private final HashingTF hashing;
  private final double[] smoothedIdf;

  /**
   * @param stopWords the words the model leaves out
   * @param hashing the model's term hashing
   * @param idf Spark's inverse document frequency of each hash bucket, {@code ln((n + 1) / (df +
   *     1))}
   */
  public IdfWeights(List<String> stopWords, HashingTF hashing, double[] idf) {
    if (idf.length != hashing.getNumFeatures()) {
      throw new IllegalArgumentException(
          idf.length + " IDF values for " + hashing.getNumFeatures() + " hash buckets");
    }
    this.stopWords = new HashSet<>(stopWords);
    this.hashing = hashing;
    this.smoothedIdf = new double[idf.length];
    for (int i = 0; i < idf.length; i++) {
      smoothedIdf[i] = idf[i] + 1;
    }
  }

  @Override
  public double weight(String token) {
    return stopWords.contains(token) ? 1.0 : smoothedIdf[hashing.indexOf(token)];
  }

  /** The hash bucket of a term: its index in term-frequency and TF-IDF vectors. */
  public int index(String term) {
    return hashing.indexOf(term);
  }

  /** The L2-normalised TF-IDF vector of a term-frequency vector; zero stays zero. */
  public Vector tfidf(Vector termFrequencies) {
    SparseVector counts = termFrequencies.toSparse();
    int[] indices = counts.indices();
    double[] values = new double[indices.length];
    double squares = 0;
    for (int i = 0; i < indices.length; i++) {
      values[i] = counts.values()[i] * smoothedIdf[indices[i]];
      squares += values[i] * values[i];
    }
    double norm = Math.sqrt(squares);
    for (int i = 0; i < values.length && norm > 0; i++) {
      values[i] /= norm;
    }
    return Vectors.sparse(counts.size(), indices, values);
  }
}
