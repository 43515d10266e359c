package org.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.frontline.Columns;
import org.frontline.config.FrontlineConfig;
import org.frontline.testing.SparkTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestSparkTest {
  private static final IngestConfig CONFIG = FrontlineConfig.load(null).ingest();

  @TempDir Path dir;

  private List<Row> read(String... inputs) {
    SparkSession spark = SparkTests.spark();
    InputListing.Listing listing =
        InputListing.list(
            List.of(inputs), CONFIG.manifestNames(), spark.sparkContext().hadoopConfiguration());
    return Ingest.read(spark, listing, CONFIG).collectAsList();
  }

  @Test
  void everyBadInputFileIsOneRowWithItsReason() {
    List<Row> rows = read("src/test/resources/bad-input");
    Map<String, String> reasonByFile = new HashMap<>();
    for (Row row : rows) {
      String reason = row.getAs(Columns.REASON);
      reasonByFile.put(row.getAs(Columns.RELATIVE_PATH), reason == null ? "ok" : reason);
    }
    assertThat(reasonByFile)
        .containsEntry("empty.txt", "empty")
        .containsEntry("blank.txt", "empty")
        .containsEntry("binary.txt", "binary")
        .containsEntry("undecodable.txt", "undecodable")
        .containsEntry("malformed.json", "malformed_json")
        .containsEntry("array.json", "malformed_json")
        .containsEntry("no-text.json", "json_without_text")
        .containsEntry("bad.txt.gz", "undecodable")
        .containsEntry("too-large.txt.gz", "too_large")
        .containsEntry("same-url-as-good-article.json", "ok")
        .containsEntry("good-article.json", "ok")
        .containsEntry("good-page.html", "ok")
        .containsEntry("good-windows1252.txt", "ok")
        .containsEntry("good-utf16.txt", "ok")
        .containsEntry("good-crlf.txt.gz", "ok");
    assertThat(rows).hasSize(reasonByFile.size());
    for (Row row : rows) {
      boolean rejected = row.getAs(Columns.REASON) != null;
      assertThat(row.<String>getAs(Columns.TEXT) == null).isEqualTo(rejected);
      assertThat(row.<String>getAs(Columns.PATH)).doesNotStartWith("file:");
    }
  }

  @Test
  void manifestsAttachMetadataByRelativePath() throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("txt/bbc.com"));
    Files.writeString(
        corpus.resolve("txt/bbc.com/1.txt"), "Headline\n\nBody of the first article.");
    Files.writeString(corpus.resolve("txt/bbc.com/2.txt"), "Other\n\nBody of the second article.");
    Files.writeString(
        corpus.resolve("manifest.csv"),
        "id,path,url,source,published,title\n"
            + "1,txt/bbc.com/1.txt,https://www.bbc.com/news/1,bbc.com,2022-03-01,\"Headline, with comma\"\n"
            + "2,txt/bbc.com/2.txt,https://www.bbc.com/news/2,bbc.com,2022-03-05,\"Other, \"\"quoted\"\"\"\n"
            + "1b,./txt/bbc.com/1.txt,https://other.example/1,other,2022-03-02,Later entry\n");
    List<Row> rows = read(corpus.toString());
    assertThat(rows).hasSize(2);
    Row first =
        rows.stream()
            .filter(r -> r.getAs(Columns.RELATIVE_PATH).equals("txt/bbc.com/1.txt"))
            .findFirst()
            .orElseThrow();
    // Listed twice: the smallest entry wins, whatever order the manifest is read in.
    assertThat(first.<String>getAs(Columns.MANIFEST_URL)).isEqualTo("https://other.example/1");
    assertThat(first.<String>getAs(Columns.MANIFEST_TITLE)).isEqualTo("Later entry");
    assertThat(first.<String>getAs(Columns.MANIFEST_PUBLISHED)).isEqualTo("2022-03-02");
    Row second =
        rows.stream()
            .filter(r -> r.getAs(Columns.RELATIVE_PATH).equals("txt/bbc.com/2.txt"))
            .findFirst()
            .orElseThrow();
    assertThat(second.<String>getAs(Columns.MANIFEST_URL)).isEqualTo("https://www.bbc.com/news/2");
    assertThat(second.<String>getAs(Columns.MANIFEST_TITLE)).isEqualTo("Other, \"quoted\"");
  }

  @Test
  void jsonLinesManifestsWorkToo() throws IOException {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/a.txt"), "Body of the article.");
    Files.writeString(
        dir.resolve("manifest.jsonl"),
        "{\"path\": \"docs/a.txt\", \"url\": \"https://kyivindependent.com/a\", \"published\": \"2024-11-23\"}\n");
    Row row = read(dir.toString()).get(0);
    assertThat(row.<String>getAs(Columns.MANIFEST_URL)).isEqualTo("https://kyivindependent.com/a");
    assertThat(row.<String>getAs(Columns.MANIFEST_PUBLISHED)).isEqualTo("2024-11-23");
    assertThat(row.<String>getAs(Columns.MANIFEST_TITLE)).isNull();
  }

  @Test
  void aManifestWithoutPathColumnIsAClearError() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Some text.");
    Files.writeString(dir.resolve("manifest.csv"), "file,url\na.txt,https://a.org\n");
    assertThatThrownBy(() -> read(dir.toString())).hasMessageContaining("has no 'path' column");
  }

  @Test
  void manyFilesShareATask() {
    InputListing.Listing listing =
        new InputListing.Listing(
            java.util.stream.IntStream.range(0, 10_000)
                .mapToObj(i -> new InputListing.InputFile("file:/x/" + i, "x", i + ".txt", 5_000))
                .toList(),
            List.of());
    assertThat(Ingest.taskCount(listing, CONFIG, 2)).isEqualTo(5);
    assertThat(Ingest.taskCount(listing, CONFIG, 16)).isEqualTo(16);
    InputListing.Listing one =
        new InputListing.Listing(
            List.of(new InputListing.InputFile("file:/x/1", "x", "1", 1)), List.of());
    assertThat(Ingest.taskCount(one, CONFIG, 8)).isEqualTo(1);
  }
}
