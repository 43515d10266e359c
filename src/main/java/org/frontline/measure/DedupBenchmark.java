package org.frontline.measure;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.frontline.Columns;
import org.frontline.Pipeline;
import org.frontline.config.FrontlineConfig;
import org.frontline.dedup.Dedup;
import org.frontline.dedup.Shingles;
import org.frontline.features.Analyzer;
import org.frontline.features.Features;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frontline's features and dedup stages against the plain MLlib near-duplicate pipeline
 * (RegexTokenizer, 5-word NGram, binary HashingTF, MinHashLSH with 5 tables, approxSimilarityJoin
 * at Jaccard distance 0.3), on the same cleaned documents in one Spark session: wall time of each,
 * and pair precision, pair recall and purity of what each groups together. Pairs a method links are
 * grouped into connected components before scoring, so MLlib is not marked down for listing pairs
 * where Frontline forms clusters; the grouping is not timed.
 */
public final class DedupBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(DedupBenchmark.class);

  /** The MLlib pipeline's settings, as the issue that asked for the comparison fixed them. */
  private static final int MLLIB_NGRAM = 5;

  private static final int MLLIB_TABLES = 5;
  private static final double MLLIB_DISTANCE = 0.3;

  /** One run of one method: its wall times and each document's cluster. */
  private record Run(double featuresSeconds, double linkSeconds, Map<String, String> clusterOf) {
    double totalSeconds() {
      return featuresSeconds + linkSeconds;
    }
  }

  /**
   * One method's result: its fastest run and the scores of what it found.
   *
   * @param featuresSeconds wall time to featurise (Frontline: the TF-IDF model, vectors, keywords)
   * @param linkSeconds wall time to find the near-duplicates (Frontline: dedup; MLlib: the join)
   */
  public record Timing(
      String method, double featuresSeconds, double linkSeconds, PairMetrics metrics) {
    public double totalSeconds() {
      return featuresSeconds + linkSeconds;
    }
  }

  /** The comparison on one input. */
  public record Report(
      String input, long documents, String truth, int repeat, List<Timing> timings) {
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add(String.format("input %s: %,d documents; truth: %s", input, documents, truth));
      lines.add(String.format("  fastest of %d runs per method", repeat));
      lines.add(
          String.format(
              "  %-10s %10s %10s %10s %12s %10s %8s %8s",
              "method", "features", "link", "total", "pairs", "precision", "recall", "purity"));
      for (Timing t : timings) {
        lines.add(
            String.format(
                "  %-10s %9.1fs %9.1fs %9.1fs %,12d %10.4f %8.4f %8.4f",
                t.method(),
                t.featuresSeconds(),
                t.linkSeconds(),
                t.totalSeconds(),
                t.metrics().predictedPairs(),
                t.metrics().precision(),
                t.metrics().recall(),
                t.metrics().purity()));
      }
      Timing frontline = timings.get(0);
      Timing mllib = timings.get(1);
      lines.add(
          String.format(
              "  frontline is %.1fx faster, recall %+.4f",
              mllib.totalSeconds() / frontline.totalSeconds(),
              frontline.metrics().recall() - mllib.metrics().recall()));
      return lines;
    }
  }

  private DedupBenchmark() {}

  /**
   * Runs both methods on the cleaned documents of {@code inputs}.
   *
   * @param truth a synthetic corpus's ground truth, or null to take as truth the connected
   *     components of all pairs whose exact shingle Jaccard reaches dedup.jaccard-threshold
   * @param scratch where a TF-IDF model is looked for when the configuration reuses one; the bench
   *     saves none, as publishing does that, not the features stage
   */
  public static Report run(
      SparkSession spark,
      List<String> inputs,
      Path truth,
      FrontlineConfig config,
      Path scratch,
      int repeat)
      throws IOException {
    Dataset<Row> documents =
        Pipeline.cleanedDocuments(spark, inputs, config)
            .select(
                Columns.DOC_ID,
                Columns.URL,
                Columns.CONTENT_HASH,
                Columns.SOURCE,
                Columns.PUBLISHED_DATE,
                Columns.PUBLISHED_BASIS,
                Columns.BODY)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long count = documents.count();
    LOG.info("bench: {} cleaned documents read (not timed)", count);

    Files.createDirectories(scratch);
    String modelPath = scratch.resolve("tfidf").toString();
    List<Run> frontlineRuns = new ArrayList<>();
    List<Run> mllibRuns = new ArrayList<>();
    for (int i = 0; i < repeat; i++) {
      frontlineRuns.add(frontline(spark, documents, config, modelPath));
      mllibRuns.add(mllib(documents));
      LOG.info(
          "bench run {}: frontline {} s, mllib {} s",
          i + 1,
          frontlineRuns.get(i).totalSeconds(),
          mllibRuns.get(i).totalSeconds());
    }

    Map<String, String> truthGroups;
    String truthName;
    if (truth != null) {
      Map<String, String> groupOfUrl = SyntheticCorpus.readTruth(truth);
      truthGroups = new HashMap<>();
      for (Row row : documents.select(Columns.DOC_ID, Columns.URL).collectAsList()) {
        String group = groupOfUrl.get(row.getString(1));
        if (group != null) {
          truthGroups.put(row.getString(0), group);
        }
      }
      truthName = "generator groups of " + truth;
    } else {
      truthGroups = exactGroups(documents, config);
      truthName =
          "exact all-pairs Jaccard >= "
              + config.dedup().jaccardThreshold()
              + " on "
              + config.dedup().shingleSize()
              + "-word shingles";
    }
    documents.unpersist();
    return new Report(
        String.join(" ", inputs),
        count,
        truthName,
        repeat,
        List.of(
            fastest("frontline", frontlineRuns, truthGroups),
            fastest("mllib", mllibRuns, truthGroups)));
  }

  private static Timing fastest(String method, List<Run> runs, Map<String, String> truthGroups) {
    Run best = runs.stream().min(Comparator.comparingDouble(Run::totalSeconds)).orElseThrow();
    Map<String, String> clusterOf = new HashMap<>();
    // A method's pairs may involve documents it skipped (MLlib: no 5-gram); score every truth
    // document, each unlinked one a cluster of its own.
    truthGroups.keySet().forEach(d -> clusterOf.put(d, best.clusterOf().getOrDefault(d, d)));
    return new Timing(
        method,
        best.featuresSeconds(),
        best.linkSeconds(),
        PairMetrics.ofClusters(clusterOf, truthGroups));
  }

  private static Run frontline(
      SparkSession spark, Dataset<Row> documents, FrontlineConfig config, String modelPath) {
    long start = System.nanoTime();
    PipelineModel model = Features.model(spark, documents, config.features(), modelPath);
    Dataset<Row> featured =
        Features.vectorize(documents, model, config.features().keywords())
            .persist(StorageLevel.MEMORY_AND_DISK());
    featured.count();
    double features = seconds(start);
    start = System.nanoTime();
    Dedup.Result result = Dedup.cluster(featured, config.dedup());
    Map<String, String> clusterOf = new HashMap<>();
    for (Row row : result.documents().select(Columns.DOC_ID, Columns.CLUSTER_ID).collectAsList()) {
      clusterOf.put(row.getString(0), row.getString(1));
    }
    double link = seconds(start);
    featured.unpersist();
    return new Run(features, link, clusterOf);
  }

  private static Run mllib(Dataset<Row> documents) {
    long start = System.nanoTime();
    PipelineModel featurizer =
        new org.apache.spark.ml.Pipeline()
            .setStages(
                new PipelineStage[] {
                  new RegexTokenizer().setInputCol(Columns.BODY).setOutputCol("words"),
                  new NGram().setN(MLLIB_NGRAM).setInputCol("words").setOutputCol("ngrams"),
                  new HashingTF().setBinary(true).setInputCol("ngrams").setOutputCol("features")
                })
            .fit(documents);
    // MinHash needs a non-empty vector: documents under five words have no 5-gram.
    Dataset<Row> featurized =
        featurizer
            .transform(documents)
            .where(size(col("ngrams")).gt(0))
            .select(Columns.DOC_ID, "features")
            .persist(StorageLevel.MEMORY_AND_DISK());
    featurized.count();
    double features = seconds(start);
    start = System.nanoTime();
    MinHashLSHModel lsh =
        new MinHashLSH()
            .setNumHashTables(MLLIB_TABLES)
            .setInputCol("features")
            .setOutputCol("hashes")
            .fit(featurized);
    List<String[]> pairs = new ArrayList<>();
    Set<String> linked = new HashSet<>();
    for (Row row :
        lsh.approxSimilarityJoin(featurized, featurized, MLLIB_DISTANCE, "distance")
            .select(col("datasetA." + Columns.DOC_ID), col("datasetB." + Columns.DOC_ID))
            .where(col("datasetA." + Columns.DOC_ID).lt(col("datasetB." + Columns.DOC_ID)))
            .collectAsList()) {
      pairs.add(new String[] {row.getString(0), row.getString(1)});
      linked.add(row.getString(0));
      linked.add(row.getString(1));
    }
    double link = seconds(start);
    featurized.unpersist();
    LOG.info("bench: MLlib listed {} pairs", pairs.size());
    return new Run(features, link, PairMetrics.groupsOfPairs(linked, pairs));
  }

  /** Truth groups by brute force over every document (see {@link ExactPairs}). */
  private static Map<String, String> exactGroups(Dataset<Row> documents, FrontlineConfig config) {
    Map<String, long[]> shingles = new HashMap<>();
    for (Row row : documents.select(Columns.DOC_ID, Columns.BODY).collectAsList()) {
      shingles.put(
          row.getString(0),
          Shingles.hashes(Analyzer.tokenize(row.getString(1)), config.dedup().shingleSize()));
    }
    long start = System.nanoTime();
    List<String[]> pairs = ExactPairs.atLeast(shingles, config.dedup().jaccardThreshold());
    LOG.info("bench: {} exact pairs found by brute force in {} s", pairs.size(), seconds(start));
    return PairMetrics.groupsOfPairs(shingles.keySet(), pairs);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
