package org.frontline.topics;

import java.io.Serializable;

/**
 * How much one occurrence of a token weighs when a document is scored: in a run, the token's
 * smoothed inverse document frequency from the TF-IDF model ({@code
 * org.frontline.features.IdfWeights}). A weight of 1 for every token gives plain hit counting.
 * Serializable because it travels to executors inside the topic stage's map function.
 */
@FunctionalInterface
public interface TermWeights extends Serializable {
  /** The weight of one occurrence of {@code token} (a token of {@code Analyzer.tokenize}); > 0. */
  double weight(String token);
}
