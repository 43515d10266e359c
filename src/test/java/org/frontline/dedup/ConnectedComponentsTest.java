package org.frontline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.frontline.testing.SparkTests;
import org.junit.jupiter.api.Test;

class ConnectedComponentsTest {
  private static final StructType EDGES =
      new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);

  private static String node(int i) {
    return String.format("n%03d", i);
  }

  private static Dataset<Row> edges(List<String[]> edges) {
    List<Row> rows = edges.stream().map(e -> RowFactory.create(e[0], e[1])).toList();
    return SparkTests.spark().createDataFrame(rows, EDGES);
  }

  /** The distributed rounds, never the driver. */
  private static ConnectedComponents.Result run(List<String[]> edges, int maxRounds) {
    return ConnectedComponents.of(edges(edges), "a", "b", maxRounds, 0);
  }

  /** Node to component by the distributed rounds, checked against union-find on the driver. */
  private static Map<String, String> components(List<String[]> edges) {
    Map<String, String> distributed = components(run(edges, 30));
    assertThat(ConnectedComponents.onDriver(edges)).containsExactlyEntriesOf(distributed);
    return distributed;
  }

  /** Node to component. */
  private static Map<String, String> components(ConnectedComponents.Result result) {
    return result.components().collectAsList().stream()
        .collect(
            Collectors.toMap(
                r -> r.getString(0),
                r -> r.getString(1),
                (x, y) -> {
                  throw new AssertionError("two components for one node: " + x + ", " + y);
                },
                TreeMap::new));
  }

  private static List<String[]> chain(List<Integer> order) {
    List<String[]> edges = new ArrayList<>();
    for (int i = 1; i < order.size(); i++) {
      edges.add(new String[] {node(order.get(i - 1)), node(order.get(i))});
    }
    return edges;
  }

  @Test
  void joinsALongChainIntoOneComponentInFewRounds() {
    List<Integer> ascending = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      ascending.add(i);
    }
    List<Integer> shuffled = new ArrayList<>(ascending);
    Collections.shuffle(shuffled, new Random(3));

    for (List<Integer> order : List.of(ascending, shuffled)) {
      ConnectedComponents.Result result = run(chain(order), 30);

      assertThat(components(result))
          .hasSize(100)
          .allSatisfy((n, c) -> assertThat(c).isEqualTo("n000"))
          .isEqualTo(ConnectedComponents.onDriver(chain(order)));
      // Label propagation would need 99 rounds for the ascending chain.
      assertThat(result.rounds()).isBetween(2, 12);
    }
  }

  @Test
  void failsWithTheSettingToRaiseWhenTheRoundsRunOut() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      order.add(i);
    }

    assertThatThrownBy(() -> run(chain(order), 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Connected components did not converge in 1 rounds")
        .hasMessageContaining("raise dedup.max-iterations");
  }

  @Test
  void findsStarsWhicheverEndTheCentreIs() {
    List<String[]> edges = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      edges.add(new String[] {node(0), node(i)}); // centre smallest
      edges.add(new String[] {node(100 + i), node(199)}); // centre largest
    }

    Map<String, String> components = components(edges);

    assertThat(components).hasSize(42);
    assertThat(components.entrySet().stream().filter(e -> e.getValue().equals("n000"))).hasSize(21);
    assertThat(components.entrySet().stream().filter(e -> e.getValue().equals("n101"))).hasSize(21);
  }

  @Test
  void keepsComponentsApartAndIgnoresRepeatsDirectionAndSelfLoops() {
    List<String[]> edges =
        List.of(
            new String[] {"c", "b"},
            new String[] {"b", "c"},
            new String[] {"b", "c"},
            new String[] {"d", "c"},
            new String[] {"x", "y"},
            new String[] {"z", "z"});

    assertThat(components(edges))
        .containsExactlyEntriesOf(
            new TreeMap<>(Map.of("b", "b", "c", "b", "d", "b", "x", "x", "y", "x")));
  }

  @Test
  void joinsTwoTreesThroughOneBridge() {
    // Two stars bridged between leaves: the smallest node must reach the far star's leaves.
    List<String[]> edges = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      edges.add(new String[] {node(50), node(50 + i)});
      edges.add(new String[] {node(10), node(10 + i)});
    }
    edges.add(new String[] {node(55), node(15)});
    edges.add(new String[] {node(0), node(55)});

    Map<String, String> components = components(edges);

    assertThat(components).hasSize(13).allSatisfy((n, c) -> assertThat(c).isEqualTo("n000"));
  }

  @Test
  void givesNothingForNoEdges() {
    ConnectedComponents.Result result = run(List.of(), 30);

    assertThat(result.components().collectAsList()).isEmpty();
    assertThat(result.rounds()).isZero();
  }

  @Test
  void solvesFewEdgesOnTheDriverAndManyInRounds() {
    List<String[]> edges = new ArrayList<>();
    Random random = new Random(11);
    for (int i = 0; i < 60; i++) {
      edges.add(new String[] {node(random.nextInt(80)), node(random.nextInt(80))});
    }

    ConnectedComponents.Result driver = ConnectedComponents.of(edges(edges), "a", "b", 30, 60);
    ConnectedComponents.Result rounds = ConnectedComponents.of(edges(edges), "a", "b", 30, 59);

    assertThat(driver.onDriver()).isTrue();
    assertThat(driver.rounds()).isZero();
    assertThat(rounds.onDriver()).isFalse();
    assertThat(components(driver)).isEqualTo(components(rounds)).isNotEmpty();
  }
}
