package org.frontline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.frontline.Columns;
import org.frontline.config.FrontlineConfig;
import org.frontline.ingest.Ingest;
import org.frontline.ingest.InputListing;
import org.frontline.testing.SparkTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanSparkTest {
  private static final FrontlineConfig CONFIG = FrontlineConfig.load(null);
  private static final String FOOTER = "Subscribe to the Frontier Courier morning digest today";

  @TempDir Path dir;

  private static Dataset<Row> pages(Path input) {
    SparkSession spark = SparkTests.spark();
    InputListing.Listing listing =
        InputListing.list(
            List.of(input.toString()),
            CONFIG.ingest().manifestNames(),
            spark.sparkContext().hadoopConfiguration());
    return Clean.pages(
        Ingest.read(spark, listing, CONFIG.ingest()), CONFIG.clean(), CONFIG.sources(), true);
  }

  private static Dataset<Row> cleaned(Path input) {
    return Clean.removeRepeatedLines(SparkTests.spark(), pages(input), CONFIG.clean());
  }

  private static String article(int i) {
    return "Story number "
        + i
        + " from the front\n\n"
        + "Ukrainian units reported "
        + i
        + " assaults repelled near the village overnight, officials said.\n\n"
        + FOOTER
        + "\n";
  }

  @Test
  void linesRepeatedAcrossManyDocumentsOfASourceAreFurniture() throws IOException {
    Path courier = Files.createDirectories(dir.resolve("in/courier"));
    Path other = Files.createDirectories(dir.resolve("in/other"));
    for (int i = 0; i < 6; i++) {
      Files.writeString(courier.resolve(i + ".txt"), article(i));
    }
    Files.writeString(other.resolve("x.txt"), article(99));
    Map<String, Row> byPath =
        cleaned(dir.resolve("in")).collectAsList().stream()
            .collect(
                Collectors.toMap(
                    r ->
                        Path.of(r.<String>getAs(Columns.PATH)).getFileName().toString()
                            + "@"
                            + r.<String>getAs(Columns.SOURCE),
                    r -> r));
    Row courierDoc = byPath.get("3.txt@courier");
    assertThat(courierDoc.<String>getAs(Columns.BODY))
        .isEqualTo(
            "Ukrainian units reported 3 assaults repelled near the village overnight, officials said.");
    assertThat(courierDoc.getList(courierDoc.fieldIndex(Columns.REMOVED_LINES))).contains(FOOTER);
    assertThat(courierDoc.<String>getAs(Columns.TITLE)).isEqualTo("Story number 3 from the front");
    Row otherDoc = byPath.get("x.txt@other");
    assertThat(otherDoc.<String>getAs(Columns.BODY))
        .as("one document of its source: nothing repeats")
        .contains(FOOTER);
  }

  @Test
  void exactCopiesCountOnceSoACopiedArticleKeepsItsBody() throws IOException {
    Path courier = Files.createDirectories(dir.resolve("in/courier"));
    for (int i = 0; i < 6; i++) {
      Files.writeString(courier.resolve(i + ".txt"), article(7));
    }
    for (Row row : cleaned(dir.resolve("in")).collectAsList()) {
      assertThat(row.<String>getAs(Columns.BODY)).contains(FOOTER).contains("7 assaults");
      assertThat(row.<String>getAs(Columns.CONTENT_HASH)).hasSize(64);
    }
  }

  @Test
  void aPageMadeOnlyOfRepeatedLinesKeepsThem() throws IOException {
    Path briefing = Files.createDirectories(dir.resolve("in/briefing"));
    String standard =
        "Good evening. This is your war briefing, a weeknight guide to the latest news.";
    for (int i = 0; i < 6; i++) {
      Files.writeString(
          briefing.resolve(i + ".txt"), "Briefing number " + i + " tonight\n\n" + standard);
    }
    for (Row row : cleaned(dir.resolve("in")).collectAsList()) {
      assertThat(row.<String>getAs(Columns.BODY)).isEqualTo(standard);
      assertThat(row.getList(row.fieldIndex(Columns.REMOVED_LINES))).isEmpty();
    }
  }

  @Test
  void theSeedsGetSourceDateAndIds() {
    List<Row> rows = cleaned(SparkTests.sample()).collectAsList();
    assertThat(rows).hasSize(5);
    assertThat(rows).extracting(r -> r.<String>getAs(Columns.DOC_ID)).doesNotHaveDuplicates();
    assertThat(bySeedNumber(rows, Columns.SOURCE))
        .containsEntry("000", "thedeepdive.ca")
        .containsEntry("001", "thedeepdive.ca")
        .containsEntry("002", "theepochtimes.com")
        // Files right in the input root have no source folder, even with source-from-folder on.
        .containsEntry("003", "unknown")
        .containsEntry("004", "ifpnews.com");
    Map<String, String> hashes = bySeedNumber(rows, Columns.CONTENT_HASH);
    assertThat(hashes.get("000")).isEqualTo(hashes.get("001"));
  }

  @Test
  void pagesOfOneUrlGiveOneDocumentAndRejectTheOthersNamingTheFirst() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    String url = "https://news.example.org/2024/11/23/kharkiv";
    for (String name : List.of("b.json", "a.json", "c.json")) {
      Files.writeString(
          in.resolve(name),
          "{\"url\": \"" + url + "\", \"text\": \"Power came back in " + name + ".\"}");
    }
    Files.writeString(in.resolve("other.txt"), article(1));
    Dataset<Row> ranked = Clean.rankById(pages(in));

    assertThat(Clean.firstOfEachId(ranked).collectAsList())
        .extracting(r -> Path.of(r.<String>getAs(Columns.PATH)).getFileName().toString())
        .containsExactlyInAnyOrder("a.json", "other.txt");
    assertThat(Clean.firstOfEachId(ranked).columns()).containsExactly(Clean.PAGES.fieldNames());
    List<Row> rejects = Clean.duplicateIdRejects(ranked).collectAsList();
    assertThat(rejects)
        .extracting(r -> Path.of(r.<String>getAs(Columns.PATH)).getFileName().toString())
        .containsExactlyInAnyOrder("b.json", "c.json");
    assertThat(rejects)
        .allSatisfy(
            r -> {
              assertThat(r.<String>getAs(Columns.REASON)).isEqualTo("duplicate_doc_id");
              assertThat(r.<String>getAs(Columns.DETAIL)).contains(in.resolve("a.json").toString());
            });
  }

  /** A column of the seed rows keyed by the seed's number ("000" for 000_06d34a43f4ebaf53.txt). */
  private static Map<String, String> bySeedNumber(List<Row> rows, String column) {
    return rows.stream()
        .collect(
            Collectors.toMap(
                r ->
                    Path.of(r.<String>getAs(Columns.PATH)).getFileName().toString().substring(0, 3),
                r -> r.getAs(column)));
  }
}
