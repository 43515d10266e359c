package org.frontline.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession of the test JVM: two cores, no UI, two shuffle partitions, UTC,
 * loopback, Delta enabled. Shared by every Spark test because starting Spark (and Delta's first
 * write) costs seconds on the CI machine.
 */
public final class SparkTests {
  private static SparkSession session;

  private SparkTests() {}

  public static synchronized SparkSession spark() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("frontline-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.ui.showConsoleProgress", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.default.parallelism", "2")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
              .config(
                  "spark.sql.catalog.spark_catalog",
                  "org.apache.spark.sql.delta.catalog.DeltaCatalog")
              .config("spark.sql.warehouse.dir", "target/spark-warehouse")
              .config("spark.databricks.delta.snapshotPartitions", "2")
              .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }

  /** ../shared beside the project (or -Dfrontline.shared), or null when it is absent. */
  public static Path shared() {
    Path shared = Path.of(System.getProperty("frontline.shared", "../shared"));
    return Files.isDirectory(shared) ? shared : null;
  }

  /** The project's bundled sample (the five seed articles). */
  public static Path sample() {
    return Path.of("data/sample");
  }
}
