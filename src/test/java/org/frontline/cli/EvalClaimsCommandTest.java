package org.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.frontline.testing.StandardOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalClaimsCommandTest {

  private static final String ARTICLE =
      "Headline\n\nShelling killed three people in Kharkiv. Ukraine retook Izium on Saturday.";

  private static String claim(String kind, String value, String unit, String words) {
    int start = ARTICLE.indexOf(words);
    return String.format(
        "{\"doc\": \"a1.txt\", \"category\": \"%s\", \"kind\": \"%s\", \"value_best\": %s,"
            + " \"unit\": %s, \"evidence_at\": {\"start\": %d, \"end\": %d}}%n",
        kind.equals("killed") ? "casualty" : "territorial",
        kind,
        value,
        unit == null ? "null" : "\"" + unit + "\"",
        start,
        start + words.length());
  }

  @Test
  void scoresASecondAnnotationAgainstTheFirst(@TempDir Path dir) throws IOException {
    Path articles = Files.createDirectories(dir.resolve("txt/outlet"));
    Files.writeString(articles.resolve("a1.txt"), ARTICLE);
    Path first =
        Files.writeString(
            dir.resolve("first.jsonl"),
            claim("killed", "3", "people", "killed three people")
                + claim("place_taken", "null", null, "retook Izium"));
    // The second annotator saw the killing only, with other evidence words.
    Path second =
        Files.writeString(
            dir.resolve("second.jsonl"), claim("killed", "3", "people", "three people in Kharkiv"));

    String out =
        StandardOutput.of(
            () ->
                assertThat(
                        Frontline.execute(
                            "eval-claims",
                            "--gold",
                            first.toString(),
                            "--against-gold",
                            second.toString(),
                            "--articles",
                            dir.resolve("txt").toString()))
                    .isZero());

    assertThat(out)
        .contains("extracted 1, gold 2 (required), matched 1")
        .contains("precision 1.000")
        .contains("recall    0.500");
  }

  @Test
  void aRunAndASecondAnnotationAreNotScoredTogether(@TempDir Path dir) throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), "");
    assertThat(
            Frontline.execute(
                "eval-claims",
                "--gold",
                gold.toString(),
                "--against-gold",
                gold.toString(),
                "--warehouse",
                dir.toString()))
        .isNotZero();
  }
}
