package org.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.frontline.config.FrontlineConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReaderTest {
  private static final IngestConfig CONFIG = FrontlineConfig.load(null).ingest();
  private static final Path BAD_INPUT = Path.of("src/test/resources/bad-input");

  private static ArticleReader.Result read(String name, byte[] bytes, IngestConfig config) {
    return ArticleReader.read(name, bytes.length, () -> new ByteArrayInputStream(bytes), config);
  }

  private static ArticleReader.Result readFixture(String name) throws IOException {
    return read(name, Files.readAllBytes(BAD_INPUT.resolve(name)), CONFIG);
  }

  @ParameterizedTest
  @CsvSource({
    "empty.txt, empty",
    "blank.txt, empty",
    "binary.txt, binary",
    "undecodable.txt, undecodable",
    "malformed.json, malformed_json",
    "array.json, malformed_json",
    "no-text.json, json_without_text",
    "bad.txt.gz, undecodable",
    "too-large.txt.gz, too_large",
  })
  void everyBadFixtureGetsItsReason(String file, String reason) throws IOException {
    ArticleReader.Result result = readFixture(file);
    assertThat(result.isReject()).isTrue();
    assertThat(result.rejectReason().code()).isEqualTo(reason);
    assertThat(result.rejectDetail()).isNotBlank();
    assertThat(result.text()).isNull();
  }

  @Test
  void aJsonArticleGivesItsFields() throws IOException {
    ArticleReader.Result result = readFixture("good-article.json");
    assertThat(result.isReject()).isFalse();
    assertThat(result.format()).isEqualTo("json");
    assertThat(result.url())
        .isEqualTo("https://news.example.org/2024/11/23/kharkiv-power-restored");
    assertThat(result.title()).startsWith("Power restored in parts of Kharkiv");
    assertThat(result.published()).isEqualTo("2024-11-23");
    assertThat(result.source()).isEqualTo("example-wire");
    assertThat(result.text()).contains("Repair crews worked through the night");
  }

  @Test
  void anHtmlPageGivesTextAndMetadata() throws IOException {
    ArticleReader.Result result = readFixture("good-page.html");
    assertThat(result.format()).isEqualTo("html");
    assertThat(result.url()).startsWith("https://");
    assertThat(result.published()).isNotBlank();
    assertThat(result.text().lines().count()).isGreaterThan(2);
  }

  @Test
  void legacyCharsetsUtf16AndGzipAreRead() throws IOException {
    assertThat(readFixture("good-windows1252.txt").charset()).isEqualTo("windows-1252");
    assertThat(readFixture("good-utf16.txt").charset()).startsWith("UTF-16");
    ArticleReader.Result gz = readFixture("good-crlf.txt.gz");
    assertThat(gz.format()).isEqualTo("text+gzip");
    assertThat(gz.text()).doesNotContain("\r").contains("\n");
  }

  @Test
  void filesOverTheCapAreRejectedUnread() {
    IngestConfig tiny = withCap(10);
    ArticleReader.Result result =
        ArticleReader.read(
            "big.txt",
            11,
            () -> {
              throw new AssertionError("a file over the cap must not be opened");
            },
            tiny);
    assertThat(result.rejectReason()).isEqualTo(RejectReason.TOO_LARGE);
  }

  @Test
  void gzipBombsAreCappedOnTheirDecompressedSize() throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
      gz.write("war news ".repeat(1000).getBytes(StandardCharsets.UTF_8));
    }
    ArticleReader.Result result = read("bomb.txt.gz", compressed.toByteArray(), withCap(2000));
    assertThat(result.rejectReason()).isEqualTo(RejectReason.TOO_LARGE);
    assertThat(result.rejectDetail()).contains("decompresses");
  }

  @Test
  void readFailuresAreUnreadable() {
    ArticleReader.Result result =
        ArticleReader.read(
            "gone.txt",
            5,
            () -> {
              throw new FileNotFoundException("gone.txt (No such file or directory)");
            },
            CONFIG);
    assertThat(result.rejectReason()).isEqualTo(RejectReason.UNREADABLE);
    assertThat(result.rejectDetail()).contains("FileNotFoundException");
  }

  @Test
  void unknownExtensionsAreSniffed() {
    byte[] json =
        "{\"text\": \"Shelling went on overnight.\", \"url\": \"https://a.org/1\"}"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(read("article.dat", json, CONFIG).format()).isEqualTo("json");
    byte[] html =
        "<html><body><p>One.</p><p>Two.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    assertThat(read("page", html, CONFIG).format()).isEqualTo("html");
    assertThat(read("notes.log", "Plain words.".getBytes(StandardCharsets.UTF_8), CONFIG).format())
        .isEqualTo("text");
  }

  @Test
  void jsonBodiesHoldingHtmlAreTurnedIntoText() {
    byte[] json =
        "{\"content\": \"<div><p>First paragraph.</p><p>Second paragraph.</p></div>\"}"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(read("a.json", json, CONFIG).text())
        .isEqualTo("First paragraph.\n\nSecond paragraph.");
  }

  @Test
  void aJsonSourceObjectGivesItsName() {
    byte[] json =
        "{\"body\": \"Text.\", \"source\": {\"id\": null, \"name\": \"Reuters\"}}"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(read("a.json", json, CONFIG).source()).isEqualTo("Reuters");
  }

  private static IngestConfig withCap(long cap) {
    return new IngestConfig(
        cap,
        CONFIG.textExtensions(),
        CONFIG.jsonExtensions(),
        CONFIG.htmlExtensions(),
        CONFIG.manifestNames(),
        CONFIG.charsetMinConfidence(),
        CONFIG.jsonFields(),
        CONFIG.filesPerTask(),
        CONFIG.bytesPerTask(),
        CONFIG.sourceFromFolder());
  }
}
