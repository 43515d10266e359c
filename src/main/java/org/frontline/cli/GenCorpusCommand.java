package org.frontline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.frontline.config.FrontlineConfig;
import org.frontline.measure.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gen-corpus}: writes a synthetic corpus with known duplicate groups. */
@Command(
    name = "gen-corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic corpus with known duplicate groups, made from real articles:",
      "OUTPUT/docs (pages and manifest.csv, an input for run) and OUTPUT/truth.csv (url,group)."
    })
final class GenCorpusCommand implements Callable<Integer> {

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Where to write.")
  Path output;

  @Option(
      names = "--documents",
      defaultValue = "1000",
      description = "Pages to write (default ${DEFAULT-VALUE}).")
  int documents;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      description =
          "Real articles to copy (default ../shared/corpus/ukraine-media, else data/sample).")
  Path source;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    if (documents < 1) {
      throw new IllegalArgumentException("--documents must be at least 1");
    }
    Path from = source != null ? source : defaultSource();
    FrontlineConfig config = FrontlineConfig.load(null);
    try (Sessions.Session session = Sessions.open("frontline-gen-corpus", config.spark())) {
      SyntheticCorpus.Summary summary =
          SyntheticCorpus.generate(session.spark(), from, output, documents, seed);
      System.out.printf(
          "%,d pages in %,d groups (from %,d distinct articles of %s)%n  input %s%n  truth %s%n",
          summary.documents(),
          summary.groups(),
          summary.stories(),
          from,
          summary.input(),
          summary.truth());
      return 0;
    }
  }

  /** The shared corpus beside the project when present, else the bundled sample. */
  static Path defaultSource() {
    Path home = Path.of(System.getProperty("frontline.home", "."));
    Path shared = home.resolve("../shared/corpus/ukraine-media").normalize();
    return Files.isDirectory(shared) ? shared : home.resolve("data/sample");
  }
}
