package org.frontline.cli;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.frontline.config.FrontlineConfig;

/**
 * Builds the SparkSession of a launcher. Settings given by spark-submit or {@code -Dspark.*} win;
 * Frontline only fills in what is missing (Delta's extension and catalog, the master for local
 * runs, shuffle partitions, UTC).
 */
public final class Sessions {
  private Sessions() {}

  /**
   * A session and whether this launcher started it: a launcher stops only a session it started, so
   * a caller's session (a test's, a notebook's) survives the command.
   */
  public record Session(SparkSession spark, boolean owned) implements AutoCloseable {
    @Override
    public void close() {
      if (owned) {
        spark.stop();
      }
    }
  }

  public static Session open(String appName, FrontlineConfig.SparkSettings settings) {
    boolean owned = SparkSession.getDefaultSession().isEmpty();
    return new Session(create(appName, settings), owned);
  }

  private static SparkSession create(String appName, FrontlineConfig.SparkSettings settings) {
    SparkConf conf = new SparkConf();
    conf.setIfMissing("spark.master", settings.defaultMaster());
    conf.setIfMissing("spark.app.name", appName);
    conf.setIfMissing("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
    conf.setIfMissing(
        "spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
    conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(settings.shufflePartitions()));
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    // Delta rebuilds table state with 50 tasks by default, far more than a run's tables need.
    conf.setIfMissing("spark.databricks.delta.snapshotPartitions", "8");
    // Spark's own console progress bar shows long stages (it needs the WARN log level we ship).
    conf.setIfMissing("spark.ui.showConsoleProgress", "true");
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
