package org.frontline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BucketPairsTest {

  @Test
  void pairsEveryTwoMembersOfASmallBucket() {
    assertThat(BucketPairs.of(List.of("a", "b", "c"), 3))
        .containsExactly(new String[] {"a", "b"}, new String[] {"a", "c"}, new String[] {"b", "c"});
  }

  @Test
  void linksALargeBucketAsAStarAroundItsSmallestMember() {
    List<String> members =
        IntStream.range(0, 1000).mapToObj(i -> String.format("d%04d", i)).toList();

    List<String[]> pairs = BucketPairs.of(members, 100);

    assertThat(pairs).hasSize(999).allSatisfy(pair -> assertThat(pair[0]).isEqualTo("d0000"));
    assertThat(pairs)
        .extracting(pair -> pair[1])
        .containsExactlyElementsOf(members.subList(1, 1000));
  }

  @Test
  void givesNoPairForOneMember() {
    assertThat(BucketPairs.of(List.of("a"), 10)).isEmpty();
  }
}
