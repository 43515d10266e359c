package org.frontline.features;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vectors;

/**
 * Counts a text's terms as the TF-IDF model does: {@link Analyzer} tokens, stop words out, each
 * term counted in its {@link HashingTF} bucket. The saved model's StopWordsRemover and HashingTF
 * stages compute the same from a column of tokens (FeaturesSparkTest checks it); counting here,
 * straight from the body, spares Spark from holding every document's tokens and terms as string
 * arrays, which cost more than the rest of the features stage together.
 */
public final class TermCounter implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Set<String> stopWords;
  private final HashingTF hashing;

  public TermCounter(List<String> stopWords, HashingTF hashing) {
    this.stopWords = new HashSet<>(stopWords);
    this.hashing = hashing;
  }

  public boolean isStopWord(String token) {
    return stopWords.contains(token);
  }

  /** The text's tokens without stop words, in order. */
  public List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    for (String token : Analyzer.tokenize(text)) {
      if (!stopWords.contains(token)) {
        terms.add(token);
      }
    }
    return terms;
  }

  /** The hash bucket of a term: its index in term-frequency and TF-IDF vectors. */
  public int index(String term) {
    return hashing.indexOf(term);
  }

  public int buckets() {
    return hashing.getNumFeatures();
  }

  /** How often each bucket occurs among {@code terms}. */
  public SparseVector frequencies(List<String> terms) {
    int[] indices = new int[terms.size()];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = hashing.indexOf(terms.get(i));
    }
    Arrays.sort(indices);
    int distinct = 0;
    double[] counts = new double[indices.length];
    for (int i = 0; i < indices.length; i++) {
      if (distinct > 0 && indices[distinct - 1] == indices[i]) {
        counts[distinct - 1]++;
      } else {
        indices[distinct] = indices[i];
        counts[distinct++] = 1;
      }
    }
    return (SparseVector)
        Vectors.sparse(
            hashing.getNumFeatures(),
            Arrays.copyOf(indices, distinct),
            Arrays.copyOf(counts, distinct));
  }
}
