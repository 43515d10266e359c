package org.frontline.publish;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names the tables of a warehouse in the session's catalog, so that SQL reads {@code
 * frontline.documents} wherever the warehouse lives, and creates the views over them. The job
 * issues this DDL after a run, and {@code jobs/sql.sh} and the notebooks issue the same:
 *
 * <pre>
 * CREATE SCHEMA IF NOT EXISTS frontline COMMENT '...'
 * CREATE TABLE IF NOT EXISTS frontline.documents USING delta LOCATION 'file:/data/warehouse/documents'
 * CREATE OR REPLACE VIEW frontline.exact_copies COMMENT '...' AS SELECT ...
 * </pre>
 *
 * <p>The tables are external: dropping one from the catalog leaves its data alone. A name already
 * registered at another location is an error, not re-pointed, because on a shared metastore it may
 * be another warehouse's. A view waits, with a log line, until every table it reads is in the
 * catalog: the views over claims and clusters appear once those stages write their tables.
 */
public final class Catalog {
  private static final Logger LOG = LoggerFactory.getLogger(Catalog.class);

  /** Stands for the namespace in the view files, so the views follow {@code catalog.namespace}. */
  static final String NAMESPACE_PLACEHOLDER = "${namespace}";

  /**
   * A view over the tables; its query is the resource {@code views/<name>.sql} beside this class.
   *
   * @param needs the tables it reads: it is created once they are all in the catalog
   */
  public record View(String name, String comment, List<String> needs) {

    /** The query, reading the tables of {@code namespace}. */
    public String query(String namespace) {
      String resource = "views/" + name + ".sql";
      try (InputStream in = Catalog.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(
              "The view query " + resource + " is not on the classpath");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .replace(NAMESPACE_PLACEHOLDER, namespace)
            .strip();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the view query " + resource, e);
      }
    }
  }

  public static final List<View> VIEWS =
      List.of(
          new View(
              "exact_copies",
              "Bodies published more than once (equal content_hash): the outlets and dates of each"
                  + " copy",
              List.of("documents")),
          new View(
              "claims_per_oblast_week",
              "Claims per oblast and week of the event, by category and kind: rows, distinct"
                  + " claims, documents and sources",
              List.of("claims")),
          new View(
              "area_claims_over_time",
              "Territorial area and control-share claims per place and event date, with how many"
                  + " independent reports and sources carry each value",
              List.of("claims")),
          new View(
              "most_corroborated_claims",
              "Claims carried by more than one source, most independent reports (duplicate"
                  + " clusters) first",
              List.of("claims")),
          new View(
              "clusters_spanning_sources",
              "Near-duplicate clusters whose documents come from more than one source, most"
                  + " sources first",
              List.of("documents", "clusters")));

  private Catalog() {}

  /**
   * Registers the Frontline tables found under {@code warehouse} in {@code namespace}, then the
   * views whose tables are all there, and returns the qualified names now registered. Safe to
   * repeat: a table already registered at the same location is left as it is.
   *
   * @param namespace a schema ({@code frontline}) or catalog and schema ({@code main.frontline})
   */
  public static List<String> register(SparkSession spark, String warehouse, String namespace) {
    List<String> registered = new ArrayList<>();
    execute(
        spark,
        "CREATE SCHEMA IF NOT EXISTS "
            + namespace
            + " COMMENT 'Frontline: curated tables of news about the Russia-Ukraine war'");
    for (TableSchemas.Table table : TableSchemas.ALL) {
      String location = deltaTableLocation(spark, Publish.tablePath(warehouse, table));
      if (location == null) {
        continue;
      }
      String name = namespace + "." + table.name();
      if (spark.catalog().tableExists(name)) {
        String registeredAt = registeredLocation(spark, name);
        if (!new Path(registeredAt).equals(new Path(location))) {
          throw new IllegalStateException(
              name
                  + " is registered at "
                  + registeredAt
                  + ", not at "
                  + location
                  + ": DROP TABLE "
                  + name
                  + " (an external table: its data stays) or set catalog.namespace to another"
                  + " schema");
        }
      } else {
        execute(
            spark,
            "CREATE TABLE IF NOT EXISTS " + name + " USING delta LOCATION " + literal(location));
      }
      registered.add(name);
    }
    for (View view : VIEWS) {
      String name = namespace + "." + view.name();
      List<String> missing =
          view.needs().stream()
              .map(table -> namespace + "." + table)
              .filter(table -> !spark.catalog().tableExists(table))
              .toList();
      if (!missing.isEmpty()) {
        LOG.info("view {} waits for {}", name, String.join(", ", missing));
        continue;
      }
      execute(
          spark,
          "CREATE OR REPLACE VIEW "
              + name
              + " COMMENT "
              + literal(view.comment())
              + " AS\n"
              + view.query(namespace));
      registered.add(name);
    }
    return registered;
  }

  /** The qualified location of the Delta table at {@code path}, or null when there is none. */
  private static String deltaTableLocation(SparkSession spark, String path) {
    Path table = new Path(path);
    try {
      FileSystem fs = table.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(new Path(table, "_delta_log")) ? fs.makeQualified(table).toString() : null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot look for a Delta table at " + path, e);
    }
  }

  /**
   * Where the catalog says a table lives. DESCRIBE TABLE EXTENDED reads the catalog entry and the
   * Delta log's metadata only; DESCRIBE DETAIL would size the whole table first.
   */
  private static String registeredLocation(SparkSession spark, String name) {
    return spark
        .sql("DESCRIBE TABLE EXTENDED " + name)
        .where(col("col_name").equalTo("Location"))
        .first()
        .getString(1);
  }

  /** Runs one DDL statement and logs its first line, so a run's output shows what it issued. */
  private static void execute(SparkSession spark, String statement) {
    LOG.info("{}", statement.lines().findFirst().orElse(statement));
    spark.sql(statement);
  }

  /** A Spark SQL string literal. */
  private static String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
