package org.frontline.measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pair precision, pair recall and cluster purity of a clustering against truth groups over the same
 * documents. A pair is two members of one cluster (or group); a list of pairs, such as a similarity
 * join gives, becomes a clustering through {@link #groupsOfPairs}.
 *
 * @param predictedPairs pairs the clustering puts together
 * @param truePairs pairs the truth puts together
 * @param correctPairs pairs in both
 * @param purity the share of documents that belong to the largest truth group of their cluster
 */
public record PairMetrics(long predictedPairs, long truePairs, long correctPairs, double purity) {

  /** Correct pairs over predicted pairs; 1 when nothing was predicted. */
  public double precision() {
    return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
  }

  /** Correct pairs over true pairs; 1 when there is nothing to find. */
  public double recall() {
    return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
  }

  /**
   * A clustering against truth groups.
   *
   * @param clusterOf each document's cluster
   * @param groupOf each document's truth group; documents missing from either map are left out
   */
  public static PairMetrics ofClusters(Map<String, String> clusterOf, Map<String, String> groupOf) {
    Map<String, Long> clusterSizes = new HashMap<>();
    Map<String, Long> groupSizes = new HashMap<>();
    Map<List<String>, Long> cellSizes = new HashMap<>();
    long documents = 0;
    for (Map.Entry<String, String> entry : clusterOf.entrySet()) {
      String group = groupOf.get(entry.getKey());
      if (group == null) {
        continue;
      }
      documents++;
      clusterSizes.merge(entry.getValue(), 1L, Long::sum);
      groupSizes.merge(group, 1L, Long::sum);
      cellSizes.merge(List.of(entry.getValue(), group), 1L, Long::sum);
    }
    Map<String, Long> majority = new HashMap<>();
    cellSizes.forEach((cell, n) -> majority.merge(cell.get(0), n, Math::max));
    long majorityTotal = majority.values().stream().mapToLong(Long::longValue).sum();
    return new PairMetrics(
        pairs(clusterSizes.values()),
        pairs(groupSizes.values()),
        pairs(cellSizes.values()),
        documents == 0 ? 1 : (double) majorityTotal / documents);
  }

  /**
   * Groups from a list of pairs: the connected components of the pairs, each document not in a pair
   * a group of its own, named by its smallest document.
   */
  public static Map<String, String> groupsOfPairs(Set<String> documents, List<String[]> pairs) {
    Map<String, String> parent = new HashMap<>();
    documents.forEach(d -> parent.put(d, d));
    for (String[] pair : pairs) {
      String a = root(parent, pair[0]);
      String b = root(parent, pair[1]);
      if (!a.equals(b)) {
        parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
      }
    }
    Map<String, String> groups = new HashMap<>();
    documents.forEach(d -> groups.put(d, root(parent, d)));
    return groups;
  }

  private static String root(Map<String, String> parent, String node) {
    String root = node;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    // Path compression keeps later look-ups short.
    String current = node;
    while (!current.equals(root)) {
      String next = parent.get(current);
      parent.put(current, root);
      current = next;
    }
    return root;
  }

  private static long pairs(Iterable<Long> sizes) {
    long pairs = 0;
    for (long n : sizes) {
      pairs += n * (n - 1) / 2;
    }
    return pairs;
  }
}
