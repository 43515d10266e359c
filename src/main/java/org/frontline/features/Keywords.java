package org.frontline.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Picks the keywords of one document: its terms with the highest TF-IDF weights. */
public final class Keywords {
  private Keywords() {}

  /** A term and its weight in the document. */
  public record Keyword(String term, double weight) {}

  /**
   * Highest weight first; equal weights in term order, so the choice never depends on input order.
   */
  private static final Comparator<Keyword> BEST_FIRST =
      Comparator.comparingDouble(Keyword::weight).reversed().thenComparing(Keyword::term);

  /** The {@code k} best of the distinct {@code terms}, by {@code weightOf}, best first. */
  public static List<Keyword> top(List<String> terms, ToDoubleFunction<String> weightOf, int k) {
    List<Keyword> candidates = new ArrayList<>();
    for (String term : new LinkedHashSet<>(terms)) {
      candidates.add(new Keyword(term, weightOf.applyAsDouble(term)));
    }
    candidates.sort(BEST_FIRST);
    return List.copyOf(candidates.subList(0, Math.min(k, candidates.size())));
  }
}
