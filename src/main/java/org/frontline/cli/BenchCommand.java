package org.frontline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.frontline.config.FrontlineConfig;
import org.frontline.measure.DedupBenchmark;
import org.frontline.measure.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: benchmarks. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = {BenchCommand.Dedup.class},
    description = "Benchmarks of the pipeline's stages.")
final class BenchCommand {

  /** Synthetic pages of the default suite. */
  static final int SYNTHETIC_DOCUMENTS = 100_000;

  @Command(
      name = "dedup",
      mixinStandardHelpOptions = true,
      description = {
        "Frontline's features + dedup against the plain MLlib MinHashLSH pipeline, on the same",
        "cleaned documents: wall time, pair precision, recall and purity of both. With no --input:",
        "the shared corpus, then a 100,000-page synthetic corpus (generated under target/bench)."
      })
  static final class Dedup implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "PATH", description = "Input; repeatable.")
    List<String> inputs;

    @Option(
        names = "--truth",
        paramLabel = "FILE",
        description = "truth.csv of a gen-corpus input; without it, exact all-pairs Jaccard.")
    Path truth;

    @Option(
        names = "--conf",
        paramLabel = "FILE",
        description = "Overrides of conf/frontline.conf.")
    Path conf;

    @Option(
        names = "--repeat",
        defaultValue = "3",
        description =
            "Runs per method, taking turns; the fastest counts (default ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws IOException {
      FrontlineConfig config = FrontlineConfig.load(conf);
      Path home = Path.of(System.getProperty("frontline.home", "."));
      if (repeat < 1) {
        throw new IllegalArgumentException("--repeat must be at least 1");
      }
      Path scratch = home.resolve("target/bench");
      try (Sessions.Session session = Sessions.open("frontline-bench", config.spark())) {
        SparkSession spark = session.spark();
        List<DedupBenchmark.Report> reports = new ArrayList<>();
        if (inputs != null) {
          reports.add(DedupBenchmark.run(spark, inputs, truth, config, scratch, repeat));
        } else {
          Path shared = home.resolve("../shared/corpus/ukraine-media").normalize();
          if (!Files.isDirectory(shared)) {
            throw new IllegalArgumentException(
                shared + " is absent: give --input (and --truth for a synthetic corpus)");
          }
          reports.add(
              DedupBenchmark.run(spark, List.of(shared.toString()), null, config, scratch, repeat));
          Path synthetic = scratch.resolve("synthetic-" + SYNTHETIC_DOCUMENTS);
          if (!Files.exists(synthetic.resolve("truth.csv"))) {
            SyntheticCorpus.generate(spark, shared, synthetic, SYNTHETIC_DOCUMENTS, 1);
          }
          reports.add(
              DedupBenchmark.run(
                  spark,
                  List.of(synthetic.resolve("docs").toString()),
                  synthetic.resolve("truth.csv"),
                  config,
                  scratch,
                  repeat));
        }
        reports.forEach(r -> r.lines().forEach(System.out::println));
        return 0;
      }
    }
  }
}
