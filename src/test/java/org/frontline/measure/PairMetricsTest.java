package org.frontline.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairMetricsTest {

  @Test
  void countsPairsOfClustersAgainstPairsOfGroups() {
    // Truth: {a, b, c}, {d, e}, {f}. Clusters: {a, b}, {c, d, e}, {f}.
    Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2", "f", "3");
    Map<String, String> clusters =
        Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y", "f", "z");

    PairMetrics metrics = PairMetrics.ofClusters(clusters, truth);

    assertThat(metrics.predictedPairs()).isEqualTo(1 + 3);
    assertThat(metrics.truePairs()).isEqualTo(3 + 1);
    assertThat(metrics.correctPairs()).as("a-b and d-e").isEqualTo(2);
    assertThat(metrics.precision()).isEqualTo(0.5);
    assertThat(metrics.recall()).isEqualTo(0.5);
    // x: 2 of 2 from group 1; y: 2 of 3 from group 2; z: 1 of 1.
    assertThat(metrics.purity()).isCloseTo(5.0 / 6, within(1e-12));
  }

  @Test
  void leavesOutDocumentsTheTruthDoesNotKnow() {
    PairMetrics metrics =
        PairMetrics.ofClusters(
            Map.of("a", "x", "b", "x", "stray", "x"), Map.of("a", "1", "b", "1"));

    assertThat(metrics.predictedPairs()).isEqualTo(1);
    assertThat(metrics.precision()).isEqualTo(1.0);
    assertThat(metrics.recall()).isEqualTo(1.0);
    assertThat(metrics.purity()).isEqualTo(1.0);
  }

  @Test
  void givesPerfectScoresWhenNothingIsToBeFoundAndNothingIsFound() {
    PairMetrics metrics =
        PairMetrics.ofClusters(Map.of("a", "x", "b", "y"), Map.of("a", "1", "b", "2"));

    assertThat(metrics.precision()).isEqualTo(1.0);
    assertThat(metrics.recall()).isEqualTo(1.0);
  }

  @Test
  void groupsPairsIntoConnectedComponents() {
    Map<String, String> groups =
        PairMetrics.groupsOfPairs(
            Set.of("a", "b", "c", "d", "e", "f"),
            List.of(new String[] {"c", "b"}, new String[] {"b", "a"}, new String[] {"e", "f"}));

    assertThat(groups)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("a", "a", "b", "a", "c", "a", "d", "d", "e", "e", "f", "e"));
  }
}
