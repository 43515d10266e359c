package org.frontline;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.frontline.claims.Claims;
import org.frontline.clean.Clean;
import org.frontline.config.FrontlineConfig;
import org.frontline.dedup.Dedup;
import org.frontline.features.Features;
import org.frontline.ingest.Ingest;
import org.frontline.ingest.InputListing;
import org.frontline.publish.Publish;
import org.frontline.publish.TableSchemas;
import org.frontline.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The whole run: list, ingest, clean, features, dedup, topics, claims, publish. Stages are pure
 * Dataset functions; this class only wires them, times them and reads or writes at the edges.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  /**
   * What to run.
   *
   * @param inputs folders, files or globs (any Hadoop URI)
   * @param warehouse the folder (URI) the Delta tables live under
   */
  public record Request(List<String> inputs, String warehouse, FrontlineConfig config) {}

  private Pipeline() {}

  public static RunResult run(SparkSession spark, Request request) {
    Instant started = Instant.now();
    String runId =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    FrontlineConfig config = request.config();
    StageClock clock = new StageClock(spark);
    List<Dataset<?>> cached = new ArrayList<>();
    try {
      InputListing.Listing listing =
          clock.time("list", () -> list(spark, request.inputs(), config));
      int readTasks =
          Ingest.taskCount(listing, config.ingest(), spark.sparkContext().defaultParallelism());

      Dataset<Row> ingested = persist(cached, Ingest.read(spark, listing, config.ingest()));
      clock.time("ingest", ingested::count);

      Dataset<Row> ranked = persist(cached, rankedPages(ingested, config));
      Dataset<Row> cleaned =
          clock.time(
              "clean",
              () -> {
                // Finding repeated lines runs Spark jobs already, so it is inside the timing.
                Dataset<Row> body = persist(cached, firstOfEachId(spark, ranked, config));
                body.count();
                return body;
              });
      String modelPath = Features.modelPath(request.warehouse());
      PipelineModel tfidf =
          clock.time(
              "features", () -> Features.model(spark, cleaned, config.features(), modelPath));
      Dataset<Row> featured =
          persist(cached, Features.vectorize(cleaned, tfidf, config.features().keywords()));
      clock.time("features", featured::count);

      Dedup.Result dedup = clock.time("dedup", () -> Dedup.cluster(featured, config.dedup()));
      Dataset<Row> clusters = persist(cached, dedup.clusters());
      Dataset<Row> documents =
          persist(
              cached,
              Topics.assign(dedup.documents(), config.taxonomy(), Features.termWeights(tfidf)));
      long documentCount = clock.time("topics", documents::count);
      Row copies =
          clusters
              .where(col(Columns.SIZE).gt(1))
              .agg(count(lit(1)), coalesce(sum(col(Columns.SIZE).minus(1)), lit(0L)))
              .first();

      Dataset<Row> extracted = persist(cached, Claims.extract(documents, config.claims()));
      Dataset<Row> claims = Claims.claims(extracted);
      Dataset<Row> claimNotes = Claims.notes(extracted);
      long claimCount = clock.time("claims", claims::count);
      long claimNoteCount = claimNotes.count();

      Dataset<Row> rejects =
          persist(
              cached,
              ingested
                  .where(col(Columns.REASON).isNotNull())
                  .select(Columns.PATH, Columns.REASON, Columns.SIZE, Columns.DETAIL)
                  .unionByName(Clean.duplicateIdRejects(ranked)));
      Map<String, Long> rejectsByReason = countBy(rejects, Columns.REASON);
      Map<String, Map<String, Long>> bySourceAndTopic = new TreeMap<>();
      for (Row row : documents.groupBy(Columns.SOURCE, Columns.TOPIC).count().collectAsList()) {
        bySourceAndTopic
            .computeIfAbsent(row.getString(0), s -> new TreeMap<>())
            .put(row.getString(1), row.getLong(2));
      }

      Publish.MergeCounts written =
          clock.time(
              "publish",
              () -> {
                Features.save(spark, tfidf, config.features(), modelPath);
                Publish.MergeCounts counts =
                    Publish.merge(spark, request.warehouse(), TableSchemas.DOCUMENTS, documents);
                Publish.merge(spark, request.warehouse(), TableSchemas.CLUSTERS, clusters);
                Dataset<Row> stored =
                    spark
                        .read()
                        .format("delta")
                        .load(Publish.tablePath(request.warehouse(), TableSchemas.CLUSTERS));
                Publish.delete(
                    spark,
                    request.warehouse(),
                    TableSchemas.CLUSTERS,
                    Dedup.supersededClusters(stored, documents).localCheckpoint());
                Publish.merge(spark, request.warehouse(), TableSchemas.REJECTS, rejects);
                Dataset<Row> runDocuments = documents.select(Columns.DOC_ID);
                Publish.mergeReplacingGroups(
                    spark,
                    request.warehouse(),
                    TableSchemas.CLAIMS,
                    claims,
                    Columns.DOC_ID,
                    runDocuments);
                Publish.mergeReplacingGroups(
                    spark,
                    request.warehouse(),
                    TableSchemas.CLAIM_NOTES,
                    claimNotes,
                    Columns.DOC_ID,
                    runDocuments);
                // Reports count every stored claim, so claims of earlier runs' documents count too.
                Publish.mergeAll(
                    spark,
                    request.warehouse(),
                    TableSchemas.CLAIM_REPORTS,
                    Claims.reports(
                        spark
                            .read()
                            .format("delta")
                            .load(Publish.tablePath(request.warehouse(), TableSchemas.CLAIMS))));
                return counts;
              });
      RunResult result =
          new RunResult(
              runId,
              listing.files().size(),
              listing.manifests().size(),
              documentCount,
              written.inserted(),
              written.updated(),
              rejectsByReason,
              bySourceAndTopic,
              copies.getLong(0),
              copies.getLong(1),
              clock.millis(),
              readTasks,
              claimCount,
              claimNoteCount);
      Publish.merge(
          spark,
          request.warehouse(),
          TableSchemas.RUNS,
          runRow(spark, result, request, started, config.digest()));
      return result;
    } finally {
      cached.forEach(Dataset::unpersist);
    }
  }

  /**
   * The cleaned documents of {@code inputs}, as the features stage gets them in a run: for tools
   * that measure the stages after clean on real input.
   */
  public static Dataset<Row> cleanedDocuments(
      SparkSession spark, List<String> inputs, FrontlineConfig config) {
    Dataset<Row> ingested = Ingest.read(spark, list(spark, inputs, config), config.ingest());
    return firstOfEachId(spark, rankedPages(ingested, config), config);
  }

  private static InputListing.Listing list(
      SparkSession spark, List<String> inputs, FrontlineConfig config) {
    InputListing.Listing listing =
        InputListing.list(
            inputs, config.ingest().manifestNames(), spark.sparkContext().hadoopConfiguration());
    if (listing.files().isEmpty()) {
      throw new IllegalArgumentException("No input file found in " + inputs);
    }
    return listing;
  }

  /** The pages of the readable files, each ranked among the pages of its doc_id. */
  private static Dataset<Row> rankedPages(Dataset<Row> ingested, FrontlineConfig config) {
    return Clean.rankById(
        Clean.pages(
            ingested.where(col(Columns.REASON).isNull()),
            config.clean(),
            config.sources(),
            config.ingest().sourceFromFolder()));
  }

  /** The first page of each doc_id with the repeated-line furniture of its source removed. */
  private static Dataset<Row> firstOfEachId(
      SparkSession spark, Dataset<Row> ranked, FrontlineConfig config) {
    return Clean.removeRepeatedLines(spark, Clean.firstOfEachId(ranked), config.clean());
  }

  private static <T> Dataset<T> persist(List<Dataset<?>> cached, Dataset<T> dataset) {
    cached.add(dataset);
    return dataset.persist(StorageLevel.MEMORY_AND_DISK());
  }

  private static Map<String, Long> countBy(Dataset<Row> rows, String column) {
    Map<String, Long> counts = new TreeMap<>();
    rows.groupBy(column)
        .count()
        .collectAsList()
        .forEach(r -> counts.put(r.getString(0), r.getLong(1)));
    return counts;
  }

  private static Dataset<Row> runRow(
      SparkSession spark, RunResult result, Request request, Instant started, String digest) {
    List<Row> reasons = new ArrayList<>();
    result.rejectsByReason().forEach((reason, n) -> reasons.add(RowFactory.create(reason, n)));
    List<Row> stages = new ArrayList<>();
    result.stageMillis().forEach((stage, ms) -> stages.add(RowFactory.create(stage, ms)));
    Row row =
        RowFactory.create(
            result.runId(),
            Timestamp.from(started),
            Timestamp.from(Instant.now()),
            CollectionConverters.asScala(request.inputs()).toSeq(),
            result.filesSeen(),
            result.manifests(),
            result.documents(),
            result.documentsInserted(),
            result.documentsUpdated(),
            result.rejects(),
            CollectionConverters.asScala(reasons).toSeq(),
            CollectionConverters.asScala(stages).toSeq(),
            digest,
            spark.version(),
            result.duplicateClusters(),
            result.duplicates());
    return spark.createDataFrame(List.of(row), TableSchemas.RUNS.schema());
  }

  /** Times stages, labels their Spark jobs for the UI and logs one line per stage. */
  private static final class StageClock {
    private final SparkSession spark;
    private final LinkedHashMap<String, Long> millis = new LinkedHashMap<>();

    StageClock(SparkSession spark) {
      this.spark = spark;
    }

    <T> T time(String stage, Supplier<T> work) {
      spark.sparkContext().setJobDescription("frontline: " + stage);
      long start = System.nanoTime();
      try {
        T value = work.get();
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        millis.merge(stage, elapsed, Long::sum);
        LOG.info(
            "stage {} done in {} ms{}",
            stage,
            elapsed,
            value instanceof Long n ? " (" + n + " rows)" : "");
        return value;
      } finally {
        spark.sparkContext().setJobDescription(null);
      }
    }

    LinkedHashMap<String, Long> millis() {
      return millis;
    }
  }
}
