package org.frontline.bench;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.frontline.cli.Sessions;
import org.frontline.config.FrontlineConfig;
import org.frontline.ingest.Ingest;
import org.frontline.ingest.InputListing;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Reading many small files: Frontline's ingest (driver listing, many files per task, decoding and
 * parsing included) against Spark's own whole-file sources, which plan one split per file and pack
 * them by {@code spark.sql.files.openCostInBytes}. Each reader runs {@code --repeat} times over the
 * same input in one session; the best time counts, so the page cache is warm for all of them.
 */
@Command(name = "bench ingest", mixinStandardHelpOptions = true)
public final class IngestBench implements Callable<Integer> {

  @Option(names = "--input", required = true, description = "A folder of article files.")
  String input;

  @Option(names = "--repeat", defaultValue = "3", description = "Runs per reader (default 3).")
  int repeat;

  public static void main(String[] args) {
    System.exit(new CommandLine(new IngestBench()).execute(args));
  }

  @Override
  public Integer call() {
    FrontlineConfig config = FrontlineConfig.load(null);
    try (Sessions.Session session = Sessions.open("frontline-bench-ingest", config.spark())) {
      SparkSession spark = session.spark();
      System.out.printf("%-34s %10s %8s %10s%n", "reader", "best s", "tasks", "rows");
      measure(
          "frontline ingest (list + read)",
          () -> {
            InputListing.Listing listing =
                InputListing.list(
                    List.of(input),
                    config.ingest().manifestNames(),
                    spark.sparkContext().hadoopConfiguration());
            return Ingest.read(spark, listing, config.ingest());
          });
      measure(
          "spark text source, wholetext",
          () ->
              spark
                  .read()
                  .option("wholetext", true)
                  .option("recursiveFileLookup", true)
                  .text(input));
      measure(
          "spark binaryFile source",
          () -> spark.read().format("binaryFile").option("recursiveFileLookup", true).load(input));
      return 0;
    }
  }

  /** Plans and counts the rows {@code repeat} times and prints the best wall time. */
  private void measure(String reader, Supplier<Dataset<Row>> plan) {
    long best = Long.MAX_VALUE;
    int tasks = 0;
    long rows = 0;
    for (int i = 0; i < repeat; i++) {
      long start = System.nanoTime();
      Dataset<Row> dataset = plan.get();
      rows = dataset.count();
      best = Math.min(best, System.nanoTime() - start);
      tasks = dataset.rdd().getNumPartitions();
    }
    System.out.printf("%-34s %10.1f %8d %,10d%n", reader, best / 1e9, tasks, rows);
  }
}
