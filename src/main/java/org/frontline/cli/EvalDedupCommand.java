package org.frontline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.frontline.config.FrontlineConfig;
import org.frontline.measure.DedupEvaluation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval-dedup}: pair precision, pair recall and purity of a run's clusters. */
@Command(
    name = "eval-dedup",
    mixinStandardHelpOptions = true,
    description =
        "Scores the near-duplicate clusters of a warehouse's documents against a ground truth.")
final class EvalDedupCommand implements Callable<Integer> {

  @Option(
      names = "--warehouse",
      required = true,
      paramLabel = "DIR",
      description = "The warehouse of the run.")
  String warehouse;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Truth truth;

  static final class Truth {
    @Option(
        names = "--truth",
        paramLabel = "FILE",
        description = "truth.csv of a corpus written by gen-corpus.")
    Path file;

    @Option(
        names = "--exact-sample",
        paramLabel = "N",
        description =
            "Brute-force exact Jaccard over every pair of N sampled documents as the truth.")
    Integer sample;
  }

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Sampling seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--conf",
      paramLabel = "FILE",
      description = "The run's conf overrides (shingle size and Jaccard threshold of the truth).")
  Path conf;

  @Override
  public Integer call() {
    FrontlineConfig config = FrontlineConfig.load(conf);
    try (Sessions.Session session = Sessions.open("frontline-eval-dedup", config.spark())) {
      DedupEvaluation.Report report;
      String name;
      if (truth.file != null) {
        report = DedupEvaluation.againstTruth(session.spark(), warehouse, truth.file);
        name = truth.file.toString();
      } else {
        report =
            DedupEvaluation.againstExactJaccard(
                session.spark(), warehouse, config.dedup(), truth.sample, seed);
        name =
            String.format(
                "exact Jaccard >= %s of %d-word shingles over all pairs of %,d sampled documents",
                config.dedup().jaccardThreshold(), config.dedup().shingleSize(), truth.sample);
      }
      report.lines(name).forEach(System.out::println);
      return 0;
    }
  }
}
