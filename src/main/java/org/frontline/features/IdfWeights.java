package org.frontline.features;

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

  private final TermCounter counter;
  private final double[] smoothedIdf;

  /**
   * @param counter the model's term counting
   * @param idf Spark's inverse document frequency of each hash bucket, {@code ln((n + 1) / (df +
   *     1))}
   */
  public IdfWeights(TermCounter counter, double[] idf) {
    if (idf.length != counter.buckets()) {
      throw new IllegalArgumentException(
          idf.length + " IDF values for " + counter.buckets() + " hash buckets");
    }
    this.counter = counter;
    this.smoothedIdf = new double[idf.length];
    for (int i = 0; i < idf.length; i++) {
      smoothedIdf[i] = idf[i] + 1;
    }
  }

  @Override
  public double weight(String token) {
    return counter.isStopWord(token) ? 1.0 : smoothedIdf[counter.index(token)];
  }

  public TermCounter counter() {
    return counter;
  }

  /** The L2-normalised TF-IDF vector of a term-frequency vector; zero stays zero. */
  public Vector tfidf(SparseVector termFrequencies) {
    int[] indices = termFrequencies.indices();
    double[] values = new double[indices.length];
    double squares = 0;
    for (int i = 0; i < indices.length; i++) {
      values[i] = termFrequencies.values()[i] * smoothedIdf[indices[i]];
      squares += values[i] * values[i];
    }
    double norm = Math.sqrt(squares);
    for (int i = 0; i < values.length && norm > 0; i++) {
      values[i] /= norm;
    }
    return Vectors.sparse(termFrequencies.size(), indices, values);
  }
}
