package org.frontline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.frontline.claims.ClaimEval;
import org.frontline.claims.Claims;
import org.frontline.config.FrontlineConfig;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores the claims table of a warehouse against a gold JSONL file (the format of
 * ../shared/expected/seeds_claims.jsonl) with the matching rule of CLAIMS.md, and prints precision,
 * recall and the accuracy of kind, actor, location and event date on matched pairs. With {@code
 * --against-gold} it scores a second annotator's gold file instead of a run, each of its claims
 * standing as extracted from the sentence of its evidence: how far two annotators agree is the
 * ceiling a run can be measured to.
 */
@Command(
    name = "eval-claims",
    mixinStandardHelpOptions = true,
    description = "Scores the claims of a run against a gold JSONL file.")
final class EvalClaimsCommand implements Callable<Integer> {

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "FILE",
      description = "Gold claims, one JSON object a line (doc is the file name).")
  Path gold;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Scored scored;

  static final class Scored {
    @Option(names = "--warehouse", paramLabel = "DIR", description = "The warehouse of the run.")
    String warehouse;

    @Option(
        names = "--against-gold",
        paramLabel = "FILE",
        description =
            "A second annotation of the same articles, scored in place of a run (its required"
                + " and optional claims alike).")
    Path secondGold;
  }

  @Option(
      names = "--articles",
      paramLabel = "DIR",
      description =
          "The articles' folder, for gold files that give evidence as offsets (evidence_at).")
  Path articles;

  @Option(
      names = "--only-gold-docs",
      description =
          "Score only the documents the gold file names (by default every document of the run"
              + " counts, so claims in documents without gold claims are false positives).")
  boolean onlyGoldDocs;

  @Option(
      names = "--show-errors",
      description = "Also list the missed gold claims and the false positives.")
  boolean showErrors;

  @Override
  public Integer call() {
    List<ClaimEval.Gold> goldClaims = ClaimEval.readGold(gold, articles);
    if (scored.secondGold != null) {
      List<ClaimEval.Extracted> annotated =
          ClaimEval.readGold(scored.secondGold, articles).stream()
              .map(ClaimEval.Gold::asExtracted)
              .toList();
      print(ClaimEval.score(goldClaims, onlyGoldDocs(goldClaims, annotated)), System.out);
      return 0;
    }
    FrontlineConfig config = FrontlineConfig.load(null);
    try (Sessions.Session session = Sessions.open("frontline-eval-claims", config.spark())) {
      List<ClaimEval.Extracted> extracted = Claims.stored(session.spark(), scored.warehouse);
      print(ClaimEval.score(goldClaims, onlyGoldDocs(goldClaims, extracted)), System.out);
      return 0;
    }
  }

  private List<ClaimEval.Extracted> onlyGoldDocs(
      List<ClaimEval.Gold> goldClaims, List<ClaimEval.Extracted> extracted) {
    if (!onlyGoldDocs) {
      return extracted;
    }
    Set<String> docs = goldClaims.stream().map(ClaimEval.Gold::doc).collect(Collectors.toSet());
    return extracted.stream().filter(x -> docs.contains(x.doc())).toList();
  }

  private void print(ClaimEval.Score score, PrintStream out) {
    out.printf(
        "extracted %d, gold %d (required), matched %d, matched optional %d%n",
        score.extracted(), score.gold(), score.matched(), score.matchedOptional());
    out.printf("precision %.3f%n", score.precision());
    out.printf("recall    %.3f%n", score.recall());
    printAccuracy(out, "kind", score.kind());
    printAccuracy(out, "actor", score.actor());
    printAccuracy(out, "location", score.location());
    printAccuracy(out, "event_date", score.eventDate());
    printAccuracy(out, "event_date (dated gold)", score.datedEventDate());
    if (showErrors) {
      out.println("missed:");
      score
          .misses()
          .forEach(
              g -> out.printf("  %s %s %s: %s%n", g.doc(), g.kind(), g.valueBest(), g.evidence()));
      out.println("false positives:");
      score
          .falsePositives()
          .forEach(
              x -> out.printf("  %s %s %s: %s%n", x.doc(), x.kind(), x.valueBest(), x.sentence()));
    }
    out.flush();
  }

  private static void printAccuracy(PrintStream out, String field, ClaimEval.Accuracy a) {
    out.printf("%-24s %.3f (%d of %d matched pairs)%n", field, a.rate(), a.right(), a.of());
  }
}
