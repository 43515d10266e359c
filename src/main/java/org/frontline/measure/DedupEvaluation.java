package org.frontline.measure;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.frontline.Columns;
import org.frontline.dedup.DedupConfig;
import org.frontline.dedup.Shingles;
import org.frontline.features.Analyzer;
import org.frontline.publish.Publish;
import org.frontline.publish.TableSchemas;

/** Scores the clusters of a run's documents table against a ground truth. */
public final class DedupEvaluation {
  private DedupEvaluation() {}

  /**
   * What was compared.
   *
   * @param documents documents scored
   * @param truthGroups groups of two or more documents in the truth
   * @param metrics the scores
   */
  public record Report(long documents, long truthGroups, PairMetrics metrics) {
    public List<String> lines(String truth) {
      return List.of(
          String.format("documents scored   %,d", documents),
          String.format(
              "truth              %s: %,d groups of copies, %,d pairs",
              truth, truthGroups, metrics.truePairs()),
          String.format(
              "pairs in clusters  %,d (%,d right)",
              metrics.predictedPairs(), metrics.correctPairs()),
          String.format("pair precision     %.4f", metrics.precision()),
          String.format("pair recall        %.4f", metrics.recall()),
          String.format("cluster purity     %.4f", metrics.purity()));
    }
  }

  /** Against the groups of a synthetic corpus ({@link SyntheticCorpus#readTruth}), by URL. */
  public static Report againstTruth(SparkSession spark, String warehouse, Path truth) {
    Map<String, String> groupOf = SyntheticCorpus.readTruth(truth);
    Map<String, String> clusterOf = new HashMap<>();
    for (Row row :
        documents(spark, warehouse)
            .where(col(Columns.URL).isNotNull())
            .select(Columns.URL, Columns.CLUSTER_ID)
            .collectAsList()) {
      if (groupOf.containsKey(row.getString(0))) {
        clusterOf.put(row.getString(0), row.getString(1));
      }
    }
    return report(clusterOf, groupOf);
  }

  /**
   * Against exact Jaccard similarity by brute force over a sample of the documents: the truth
   * groups are the connected components of the sampled pairs whose shingle sets reach the
   * configured Jaccard threshold.
   *
   * @param sample documents drawn, by a seeded hash of their doc_id
   */
  public static Report againstExactJaccard(
      SparkSession spark, String warehouse, DedupConfig config, int sample, long seed) {
    List<Row> rows =
        documents(spark, warehouse)
            .orderBy(sha2(concat_ws(":", lit(seed), col(Columns.DOC_ID)), 256))
            .limit(sample)
            .select(Columns.DOC_ID, Columns.CLUSTER_ID, Columns.BODY)
            .collectAsList();
    Map<String, String> clusterOf = new HashMap<>();
    Map<String, long[]> shingles = new HashMap<>();
    for (Row row : rows) {
      clusterOf.put(row.getString(0), row.getString(1));
      shingles.put(
          row.getString(0),
          Shingles.hashes(Analyzer.tokenize(row.getString(2)), config.shingleSize()));
    }
    List<String[]> pairs = ExactPairs.atLeast(shingles, config.jaccardThreshold());
    return report(clusterOf, PairMetrics.groupsOfPairs(clusterOf.keySet(), pairs));
  }

  private static Dataset<Row> documents(SparkSession spark, String warehouse) {
    return spark.read().format("delta").load(Publish.tablePath(warehouse, TableSchemas.DOCUMENTS));
  }

  private static Report report(Map<String, String> clusterOf, Map<String, String> groupOf) {
    Map<String, Long> groupSizes = new HashMap<>();
    clusterOf.keySet().forEach(d -> groupSizes.merge(groupOf.get(d), 1L, Long::sum));
    long groupsOfCopies = groupSizes.values().stream().filter(n -> n > 1).count();
    return new Report(clusterOf.size(), groupsOfCopies, PairMetrics.ofClusters(clusterOf, groupOf));
  }
}
