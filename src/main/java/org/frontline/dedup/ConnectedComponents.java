package org.frontline.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connected components of an undirected graph held as a Dataset of edges, by the alternating
 * large-star / small-star algorithm of Kiveris et al., "Connected Components in MapReduce and
 * Beyond" (SoCC 2014). Each round links every node to the smallest node it can see, so the graph
 * shrinks into stars around the smallest node of each component, in O(log^2 n) rounds at worst and
 * a handful in practice, where label propagation would take as many rounds as the longest path.
 *
 * <p>Edges are kept as {@code (node, parent)} rows with {@code parent < node}; every round is
 * checkpointed locally so the plan does not grow with the rounds. The rounds stop as soon as the
 * edges form stars (often at once: exact copies are linked to their smallest copy already).
 *
 * <p>Each round costs several Spark jobs whatever the graph's size, so a graph of few edges is
 * collected and solved on the driver instead, by union-find ({@link #onDriver}), with the same
 * result.
 */
public final class ConnectedComponents {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectedComponents.class);

  static final String NODE = "node";
  static final String PARENT = "parent";

  /** Output column: the smallest node of the component. */
  public static final String COMPONENT = "component";

  private static final StructType COMPONENTS =
      new StructType()
          .add(NODE, DataTypes.StringType, false)
          .add(COMPONENT, DataTypes.StringType, false);

  private ConnectedComponents() {}

  /**
   * The components and how they were found.
   *
   * @param rounds rounds of large-star / small-star; 0 when solved on the driver
   * @param onDriver whether the edges were few enough to be solved on the driver
   */
  public record Result(Dataset<Row> components, int rounds, boolean onDriver) {}

  /**
   * The component of every node that has an edge to another node.
   *
   * @param edges two string columns {@code srcColumn} and {@code dstColumn}, in any direction,
   *     repeats and self-loops allowed; read more than once, so best cached or checkpointed
   * @param maxRounds the rounds allowed before giving up
   * @param maxDriverEdges the most edges solved on the driver; more take the distributed rounds
   * @return rows of {@code node} and {@code component} (the component's smallest node, the node
   *     itself included)
   * @throws IllegalStateException when the components are not found within {@code maxRounds}
   */
  public static Result of(
      Dataset<Row> edges, String srcColumn, String dstColumn, int maxRounds, int maxDriverEdges) {
    // One job tells whether the edges are few: at most one more than the limit is collected.
    List<Row> few = edges.select(srcColumn, dstColumn).limit(maxDriverEdges + 1).collectAsList();
    if (few.size() <= maxDriverEdges) {
      List<String[]> pairs = new ArrayList<>(few.size());
      few.forEach(r -> pairs.add(new String[] {r.getString(0), r.getString(1)}));
      List<Row> rows = new ArrayList<>();
      onDriver(pairs).forEach((node, component) -> rows.add(RowFactory.create(node, component)));
      LOG.info("connected components of {} edges found on the driver", few.size());
      return new Result(edges.sparkSession().createDataFrame(rows, COMPONENTS), 0, true);
    }
    Dataset<Row> current =
        edges
            .where(col(srcColumn).notEqual(col(dstColumn)))
            .select(
                greatest(col(srcColumn), col(dstColumn)).as(NODE),
                least(col(srcColumn), col(dstColumn)).as(PARENT))
            .distinct();
    for (int round = 0; ; round++) {
      if (isStarForest(current)) {
        LOG.info("connected components found in {} rounds", round);
        Dataset<Row> roots = current.select(col(PARENT).as(NODE), col(PARENT).as(COMPONENT));
        return new Result(
            current.select(col(NODE), col(PARENT).as(COMPONENT)).union(roots).distinct(),
            round,
            false);
      }
      if (round == maxRounds) {
        throw new IllegalStateException(
            "Connected components did not converge in "
                + maxRounds
                + " rounds ("
                + current.count()
                + " links left); raise dedup.max-iterations");
      }
      current = smallStar(largeStar(current)).localCheckpoint();
    }
  }

  /**
   * Union-find over edges held in memory: each node with an edge to another node mapped to the
   * smallest node of its component, as the distributed rounds give.
   */
  static Map<String, String> onDriver(List<String[]> edges) {
    Map<String, String> parent = new HashMap<>();
    for (String[] edge : edges) {
      if (edge[0].equals(edge[1])) {
        continue;
      }
      String a = root(parent, edge[0]);
      String b = root(parent, edge[1]);
      // The smaller root stays a root, so every root is its component's smallest node.
      if (a.compareTo(b) < 0) {
        parent.put(b, a);
      } else if (b.compareTo(a) < 0) {
        parent.put(a, b);
      }
    }
    Map<String, String> components = new TreeMap<>();
    for (String node : parent.keySet()) {
      components.put(node, root(parent, node));
    }
    return components;
  }

  /** The root of {@code node}, registering it as its own root when new; halves paths it walks. */
  private static String root(Map<String, String> parent, String node) {
    String current = parent.computeIfAbsent(node, n -> n);
    while (!parent.get(current).equals(current)) {
      String grandparent = parent.get(parent.get(current));
      parent.put(current, grandparent);
      current = grandparent;
    }
    return current;
  }

  /**
   * Whether every node has one parent and every parent is a root: then each star is a component,
   * which is also the fixed point of both operations (neither changes a star).
   */
  static boolean isStarForest(Dataset<Row> edges) {
    // One pass: per node, how many parents it has and whether it is someone's parent.
    return edges
        .select(col(NODE), lit(1).as("parents"), lit(false).as("is_parent"))
        .union(edges.select(col(PARENT).as(NODE), lit(0).as("parents"), lit(true).as("is_parent")))
        .groupBy(NODE)
        .agg(sum("parents").as("parents"), max("is_parent").as("is_parent"))
        .where(col("parents").gt(1).or(col("parents").equalTo(1).and(col("is_parent"))))
        .isEmpty();
  }

  /**
   * Large-star: every node links its larger neighbours to its smallest neighbour (or itself). Input
   * and output are (node, parent) with parent < node.
   */
  static Dataset<Row> largeStar(Dataset<Row> edges) {
    Dataset<Row> bothWays = edges.union(edges.select(col(PARENT).as(NODE), col(NODE).as(PARENT)));
    return bothWays
        .withColumn("smallest", least(col(NODE), min(col(PARENT)).over(Window.partitionBy(NODE))))
        .where(col(PARENT).gt(col(NODE)))
        // Repeats are left to small-star, which groups by node anyway and ends distinct.
        .select(col(PARENT).as(NODE), col("smallest").as(PARENT));
  }

  /**
   * Small-star: every node links itself and its smaller neighbours to its smallest neighbour. Input
   * and output are (node, parent) with parent < node.
   */
  static Dataset<Row> smallStar(Dataset<Row> edges) {
    Dataset<Row> withSmallest =
        edges.withColumn("smallest", min(col(PARENT)).over(Window.partitionBy(NODE)));
    return withSmallest
        .select(col(NODE), col("smallest").as(PARENT))
        .union(
            withSmallest
                .where(col(PARENT).notEqual(col("smallest")))
                .select(col(PARENT).as(NODE), col("smallest").as(PARENT)))
        .distinct();
  }
}
