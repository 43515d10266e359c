package org.frontline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontline.Pipeline;
import org.frontline.RunResult;
import org.frontline.config.FrontlineConfig;
import org.frontline.publish.Catalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The entry point of the launchers in {@code jobs/} and of spark-submit: {@code run} runs the
 * pipeline, {@code sql} queries the tables, {@code eval-claims} scores the claims against a gold
 * file. Exit 0 on success; otherwise a one-line reason on stderr and exit 1 (2 for a wrong command
 * line).
 */
@Command(
    name = "frontline",
    mixinStandardHelpOptions = true,
    subcommands = {
      Frontline.Run.class,
      SqlCommand.class,
      EvalClaimsCommand.class,
      GenCorpusCommand.class,
      EvalDedupCommand.class,
      BenchCommand.class
    },
    description = "Turns scraped war news into curated Delta tables.")
public final class Frontline {

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code (tests call this). */
  public static int execute(String... args) {
    return execute(new Frontline(), args);
  }

  /**
   * Runs a picocli command: a failure prints one line, {@code <command>: <reason>}, and exits 1; a
   * wrong command line prints the usage and exits 2.
   */
  static int execute(Object command, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          err.println(cli.getCommandName() + ": " + oneLine(e));
          err.flush();
          return 1;
        });
    return cli.execute(args);
  }

  private static String oneLine(Throwable e) {
    Throwable cause = e;
    while (cause.getMessage() == null && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description =
          "Runs the pipeline, prints a run summary and names the tables in the session's catalog.")
  static final class Run implements Callable<Integer> {
    @Option(
        names = "--input",
        required = true,
        paramLabel = "PATH",
        description = "A folder (read recursively), a file or a glob; repeatable.")
    List<String> inputs;

    @Option(
        names = "--output",
        required = true,
        paramLabel = "DIR",
        description = "The warehouse folder (or URI) the Delta tables are written under.")
    String output;

    @Option(
        names = "--conf",
        paramLabel = "FILE",
        description = "HOCON overrides of conf/frontline.conf; unknown keys are rejected.")
    Path conf;

    @Override
    public Integer call() {
      FrontlineConfig config = FrontlineConfig.load(conf);
      try (Sessions.Session session = Sessions.open("frontline-run", config.spark())) {
        RunResult result =
            Pipeline.run(session.spark(), new Pipeline.Request(inputs, output, config));
        result.summaryLines().forEach(System.out::println);
        if (config.catalog().register()) {
          List<String> names =
              Catalog.register(session.spark(), output, config.catalog().namespace());
          System.out.println("  registered " + String.join(", ", names));
        }
        return 0;
      }
    }
  }
}
