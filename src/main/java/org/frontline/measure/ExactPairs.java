package org.frontline.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.frontline.dedup.Shingles;

/**
 * The ground truth of near-duplicates by brute force: the exact Jaccard similarity of every pair of
 * documents. The only shortcut is one that cannot change the answer: two sets whose sizes differ by
 * more than the threshold allows ({@code |A| / |B| < threshold}) are not compared.
 */
public final class ExactPairs {
  private ExactPairs() {}

  /**
   * Every pair of documents whose shingle sets have Jaccard similarity at least {@code threshold}.
   *
   * @param shingles each document's sorted, distinct shingle hashes; documents without shingles
   *     pair with nothing
   * @return pairs {@code {a, b}} with {@code a < b}
   */
  public static List<String[]> atLeast(Map<String, long[]> shingles, double threshold) {
    String[] ids =
        shingles.entrySet().stream()
            .filter(e -> e.getValue().length > 0)
            .sorted(
                Comparator.comparingInt((Map.Entry<String, long[]> e) -> e.getValue().length)
                    .thenComparing(Map.Entry::getKey))
            .map(Map.Entry::getKey)
            .toArray(String[]::new);
    long[][] sets = Arrays.stream(ids).map(shingles::get).toArray(long[][]::new);
    return IntStream.range(0, ids.length)
        .parallel()
        .mapToObj(
            i -> {
              List<String[]> found = new ArrayList<>();
              // Sets are sorted by size, so the partners of i that may reach the threshold are
              // the next ones up to size |i| / threshold.
              for (int j = i + 1;
                  j < ids.length && threshold * sets[j].length <= sets[i].length;
                  j++) {
                if (Shingles.jaccard(sets[i], sets[j]) >= threshold) {
                  found.add(
                      ids[i].compareTo(ids[j]) < 0
                          ? new String[] {ids[i], ids[j]}
                          : new String[] {ids[j], ids[i]});
                }
              }
              return found;
            })
        .flatMap(List::stream)
        .toList();
  }
}
