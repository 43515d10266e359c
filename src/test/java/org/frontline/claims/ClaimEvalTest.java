package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimEvalTest {

  private static ClaimEval.Gold gold(
      String kind, Double value, String unit, String evidence, boolean optional) {
    return new ClaimEval.Gold(
        "a.txt",
        "territorial",
        kind,
        "ukraine",
        value,
        unit,
        "Izium",
        "2025-12-14",
        evidence,
        evidence,
        optional);
  }

  private static ClaimEval.Extracted extracted(
      String kind, Double value, String unit, String sentence) {
    return new ClaimEval.Extracted(
        "a.txt", "territorial", kind, "ukraine", value, unit, "Izium", "2025-12-14", sentence);
  }

  @Test
  void valuesAgreeWithinOnePercentAndUnitsMustAgree() {
    ClaimEval.Gold g =
        gold("area_gained", 9000.0, "km2", "regained 9,000 square kilometres", false);
    String sentence = "Ukraine has regained about 9,000 square kilometres of land.";
    assertThat(ClaimEval.matches(extracted("area_gained", 9080.0, "km2", sentence), g)).isTrue();
    assertThat(ClaimEval.matches(extracted("area_gained", 9100.0, "km2", sentence), g)).isFalse();
    assertThat(ClaimEval.matches(extracted("area_gained", 9000.0, "percent", sentence), g))
        .isFalse();
    assertThat(ClaimEval.matches(extracted("area_lost", 9000.0, "km2", sentence), g))
        .as("with values, the kind is scored after matching, not matched on")
        .isTrue();
  }

  @Test
  void withoutValuesTheKindsMustAgree() {
    ClaimEval.Gold g = gold("withdrawal", null, null, "Russian troops withdrew from Izium", false);
    String sentence = "Russian troops withdrew from Izium on Sunday.";
    assertThat(ClaimEval.matches(extracted("withdrawal", null, null, sentence), g)).isTrue();
    assertThat(ClaimEval.matches(extracted("place_lost", null, null, sentence), g)).isFalse();
    assertThat(ClaimEval.matches(extracted("withdrawal", 3.0, null, sentence), g)).isFalse();
  }

  @Test
  void theSentenceMustHoldHalfOfTheEvidenceWords() {
    ClaimEval.Gold g = gold("withdrawal", null, null, "one two three four", false);
    assertThat(ClaimEval.matches(extracted("withdrawal", null, null, "One, two, five."), g))
        .isTrue();
    assertThat(ClaimEval.matches(extracted("withdrawal", null, null, "One and five."), g))
        .isFalse();
    assertThat(ClaimEval.words("Ukraine’s army, 9,000"))
        .containsExactlyInAnyOrder("ukraine's", "army", "9", "000");
  }

  @Test
  void precisionLeavesOutClaimsMatchingOptionalGoldAndEachGoldMatchesOnce() {
    String sentence = "Ukrainian troops retook Izium and 30 villages around it.";
    List<ClaimEval.Gold> golds =
        List.of(
            gold("settlements_taken", 30.0, "settlements", "retook Izium and 30 villages", false),
            gold("place_taken", null, null, "troops retook Izium", true),
            gold("withdrawal", null, null, "Russian troops fled Lyman", false));
    List<ClaimEval.Extracted> run =
        List.of(
            extracted("settlements_taken", 30.0, "settlements", sentence),
            extracted("settlements_taken", 30.0, "settlements", sentence),
            extracted("place_taken", null, null, sentence));
    ClaimEval.Score score = ClaimEval.score(golds, run);
    assertThat(score.matched()).isEqualTo(1);
    assertThat(score.matchedOptional()).isEqualTo(1);
    assertThat(score.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(score.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(score.misses()).extracting(ClaimEval.Gold::kind).containsExactly("withdrawal");
    assertThat(score.falsePositives()).hasSize(1);
  }

  @Test
  void matchingMaximisesThePairs() {
    // The first extracted claim fits both gold claims, the second only the first gold claim:
    // a greedy matcher would pair one, the maximum pairs both.
    List<ClaimEval.Gold> golds =
        List.of(
            gold("withdrawal", null, null, "alpha beta", false),
            gold("withdrawal", null, null, "gamma delta", false));
    List<ClaimEval.Extracted> run =
        List.of(
            extracted("withdrawal", null, null, "alpha beta gamma delta"),
            extracted("withdrawal", null, null, "alpha beta"));
    assertThat(ClaimEval.score(golds, run).matched()).isEqualTo(2);
  }

  @Test
  void fieldsAreScoredOnMatchedPairs() {
    ClaimEval.Gold g = gold("area_gained", 100.0, "km2", "took 100 km2 near Izium", false);
    ClaimEval.Extracted x =
        new ClaimEval.Extracted(
            "a.txt",
            "territorial",
            "area_controlled",
            "ukraine",
            100.0,
            "km2",
            "Kharkiv Oblast",
            "2025-12-14",
            "They took 100 km2 near Izium.");
    ClaimEval.Score score = ClaimEval.score(List.of(g), List.of(x));
    assertThat(score.kind().rate()).isZero();
    assertThat(score.actor().rate()).isEqualTo(1.0);
    assertThat(score.location().rate()).isZero();
    assertThat(score.eventDate().rate()).isEqualTo(1.0);
    assertThat(score.datedEventDate().of()).isEqualTo(1);
  }

  @Test
  void evidenceGivenAsOffsetsIsReadFromTheArticle(@TempDir Path dir) throws IOException {
    Path articles = Files.createDirectories(dir.resolve("txt/outlet"));
    Files.writeString(
        articles.resolve("a1.txt"),
        "Headline\n\nShelling killed three people in Kharkiv on Monday.");
    Path gold =
        Files.writeString(
            dir.resolve("gold.jsonl"),
            "{\"doc\": \"a1.txt\", \"category\": \"casualty\", \"kind\": \"killed\","
                + " \"value_best\": 3, \"unit\": \"people\", \"evidence_at\": {\"start\": 10, \"end\": 42}}\n");
    List<ClaimEval.Gold> read = ClaimEval.readGold(gold, dir.resolve("txt"));
    assertThat(read)
        .singleElement()
        .satisfies(g -> assertThat(g.evidence()).isEqualTo("Shelling killed three people in "))
        .satisfies(
            g ->
                assertThat(g.sentence())
                    .isEqualTo("Shelling killed three people in Kharkiv on Monday."));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClaimEval.readGold(gold))
        .hasMessageContaining("--articles");
  }

  @Test
  void readsTheGoldFormatAndNamesABadLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(
        file,
        "{\"doc\": \"a.txt\", \"category\": \"casualty\", \"kind\": \"killed\", \"actor\": null,"
            + " \"value_best\": 12, \"unit\": \"people\", \"location\": null, \"event_date\": null,"
            + " \"evidence\": \"killed 12\", \"optional\": true}\n\n");
    assertThat(ClaimEval.readGold(file))
        .containsExactly(
            new ClaimEval.Gold(
                "a.txt",
                "casualty",
                "killed",
                null,
                12.0,
                "people",
                null,
                null,
                "killed 12",
                "killed 12",
                true));
    Files.writeString(file, "{not json}\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClaimEval.readGold(file))
        .hasMessageContaining("Line 1");
  }

  @Test
  void evidenceWidensToTheSentencesItOverlaps() {
    String text =
        "Headline\n\nTroops advanced. Shelling killed three people in Kharkiv. It rained.";
    int start = text.indexOf("advanced");
    int end = text.indexOf("three") + 5;
    assertThat(ClaimEval.sentencesAround(text, start, end))
        .isEqualTo("Troops advanced. Shelling killed three people in Kharkiv.");
  }

  @Test
  void aSecondAnnotationIsScoredAsIfExtractedFromItsSentences() {
    ClaimEval.Gold first =
        new ClaimEval.Gold(
            "a.txt",
            "casualty",
            "killed",
            "civilians",
            3.0,
            "people",
            "Kharkiv",
            null,
            "killed three people",
            "Shelling killed three people in Kharkiv.",
            false);
    // The second annotator chose shorter evidence and another actor: the claim still matches.
    ClaimEval.Gold second =
        new ClaimEval.Gold(
            "a.txt",
            "casualty",
            "killed",
            null,
            3.0,
            "people",
            "Kharkiv",
            null,
            "three people",
            "Shelling killed three people in Kharkiv.",
            true);
    ClaimEval.Score score = ClaimEval.score(List.of(first), List.of(second.asExtracted()));
    assertThat(score.matched()).isEqualTo(1);
    assertThat(score.actor().rate()).isEqualTo(0.0);
  }
}
