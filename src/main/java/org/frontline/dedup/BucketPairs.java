package org.frontline.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate pairs of one LSH bucket. A bucket up to the size limit gives all its pairs. A
 * larger bucket (a boilerplate text shared by hundreds of pages, a wire story carried everywhere)
 * would give a number of pairs quadratic in its size, so it gives a star instead: its smallest
 * member paired with every other. The star keeps every member one verified link away from the
 * cluster when the bucket is what it usually is, copies of one text; members unlike the centre are
 * not lost for good, since other bands put them in other buckets.
 */
public final class BucketPairs {
  private BucketPairs() {}

  /**
   * @param sortedMembers the bucket's distinct doc ids, ascending
   * @param maxBucketSize the largest bucket whose pairs are all listed
   * @return pairs {@code (smaller, larger)}
   */
  public static List<String[]> of(List<String> sortedMembers, int maxBucketSize) {
    int n = sortedMembers.size();
    List<String[]> pairs = new ArrayList<>();
    if (n > maxBucketSize) {
      for (int j = 1; j < n; j++) {
        pairs.add(new String[] {sortedMembers.get(0), sortedMembers.get(j)});
      }
      return pairs;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        pairs.add(new String[] {sortedMembers.get(i), sortedMembers.get(j)});
      }
    }
    return pairs;
  }
}
