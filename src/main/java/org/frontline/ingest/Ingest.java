package org.frontline.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.frontline.Columns;

/**
 * Stage 1: reads the listed files into rows, one per file, and attaches manifest metadata.
 *
 * <p>Needs: a {@link InputListing.Listing}. Produces the columns of {@link #READ} plus {@code
 * manifest_url}, {@code manifest_title}, {@code manifest_published}, {@code manifest_source}. A
 * file that cannot be read as an article has {@code reason} and {@code detail} set and no text.
 */
public final class Ingest {

  static final StructType FILES =
      new StructType()
          .add(Columns.URI, DataTypes.StringType, false)
          .add(Columns.ROOT_NAME, DataTypes.StringType, false)
          .add(Columns.RELATIVE_PATH, DataTypes.StringType, false)
          .add(Columns.SIZE, DataTypes.LongType, false);

  /** What {@link ReadFiles} emits per file, in this order. */
  static final StructType READ =
      FILES
          .add(Columns.PATH, DataTypes.StringType, false)
          .add(Columns.FORMAT, DataTypes.StringType)
          .add(Columns.CHARSET, DataTypes.StringType)
          .add(Columns.RAW_URL, DataTypes.StringType)
          .add(Columns.RAW_TITLE, DataTypes.StringType)
          .add(Columns.RAW_PUBLISHED, DataTypes.StringType)
          .add(Columns.RAW_SOURCE, DataTypes.StringType)
          .add(Columns.TEXT, DataTypes.StringType)
          .add(Columns.REASON, DataTypes.StringType)
          .add(Columns.DETAIL, DataTypes.StringType);

  private static final List<String> MANIFEST_FIELDS =
      List.of("url", "title", "published", "source");

  private Ingest() {}

  /** Reads every listed file; one task reads many files (see ingest.files-per-task). */
  public static Dataset<Row> read(
      SparkSession spark, InputListing.Listing listing, IngestConfig config) {
    List<Row> files = new ArrayList<>(listing.files().size());
    for (InputListing.InputFile f : listing.files()) {
      files.add(RowFactory.create(f.uri(), f.rootName(), f.relativePath(), f.size()));
    }
    int tasks = taskCount(listing, config, spark.sparkContext().defaultParallelism());
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Dataset<Row> read =
        spark
            .createDataFrame(jsc.parallelize(files, tasks), FILES)
            .mapPartitions(
                new ReadFiles(config, spark.sparkContext().hadoopConfiguration()),
                Encoders.row(READ));
    return read.join(manifests(spark, listing.manifests()), Columns.URI, "left");
  }

  /**
   * Enough tasks to use every core and keep each under the files and bytes caps, never more tasks
   * than files.
   */
  public static int taskCount(InputListing.Listing listing, IngestConfig config, int parallelism) {
    int files = listing.files().size();
    long byFiles = ceilDiv(files, config.filesPerTask());
    long byBytes = ceilDiv(listing.totalBytes(), config.bytesPerTask());
    long tasks = Math.max(parallelism, Math.max(byFiles, byBytes));
    return (int) Math.max(1, Math.min(tasks, files));
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  /**
   * Manifest rows keyed by the full path of the file they describe. A file listed by several
   * manifests, or twice in one, takes the entry of the first manifest (by path), then the smallest
   * entry, so the result does not depend on read order.
   */
  static Dataset<Row> manifests(SparkSession spark, List<InputListing.Manifest> manifests) {
    StructType schema = new StructType().add(Columns.URI, DataTypes.StringType);
    for (String field : MANIFEST_FIELDS) {
      schema = schema.add("manifest_" + field, DataTypes.StringType);
    }
    Dataset<Row> all = spark.createDataFrame(List.of(), schema).withColumn("rank", lit(0));
    for (int i = 0; i < manifests.size(); i++) {
      all = all.unionByName(readManifest(spark, manifests.get(i), i));
    }
    Column[] fields =
        MANIFEST_FIELDS.stream().map(f -> col("manifest_" + f)).toArray(Column[]::new);
    List<Column> entry = new ArrayList<>();
    entry.add(col("rank"));
    entry.addAll(Arrays.asList(fields));
    Dataset<Row> first =
        all.groupBy(Columns.URI).agg(min(struct(entry.toArray(Column[]::new))).as("m"));
    return first.select(
        col(Columns.URI),
        col("m.manifest_url"),
        col("m.manifest_title"),
        col("m.manifest_published"),
        col("m.manifest_source"));
  }

  private static Dataset<Row> readManifest(
      SparkSession spark, InputListing.Manifest manifest, int rank) {
    Dataset<Row> rows =
        manifest.uri().toLowerCase(Locale.ROOT).endsWith(".csv")
            ? spark
                .read()
                .option("header", true)
                .option("multiLine", true)
                .option("escape", "\"")
                .option("mode", "FAILFAST")
                .csv(manifest.uri())
            : spark.read().option("mode", "FAILFAST").json(manifest.uri());
    List<String> columns = Arrays.asList(rows.columns());
    if (!columns.contains("path")) {
      throw new IllegalArgumentException(
          "Manifest "
              + InputListing.displayPath(manifest.uri())
              + " has no 'path' column (it has "
              + columns
              + ")");
    }
    List<Column> select = new ArrayList<>();
    select.add(
        concat(
                lit(manifest.folderUri() + "/"),
                regexp_replace(col("path").cast("string"), "^(\\./|/)+", ""))
            .as(Columns.URI));
    for (String field : MANIFEST_FIELDS) {
      Column value = columns.contains(field) ? col(field).cast("string") : lit(null).cast("string");
      select.add(value.as("manifest_" + field));
    }
    select.add(lit(rank).as("rank"));
    return rows.select(select.toArray(Column[]::new));
  }
}
