package org.frontline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import java.util.List;
import org.frontline.config.FrontlineConfig;
import org.junit.jupiter.api.Test;

class SourceCatalogTest {
  private static final SourceCatalog SOURCES = FrontlineConfig.load(null).sources();

  @Test
  void aStatedSourceWinsAndIsNormalised() {
    assertThat(SOURCES.resolve("The Epoch Times", "https://x.org/a", List.of(), null))
        .isEqualTo("theepochtimes.com");
    assertThat(SOURCES.resolve("abcnews.go.com", null, List.of(), null))
        .isEqualTo("abcnews.go.com");
    assertThat(SOURCES.resolve("https://www.BBC.co.uk/news/1", null, List.of(), null))
        .isEqualTo("bbc.com");
    assertThat(SOURCES.resolve("Some Local Paper!", null, List.of(), null))
        .isEqualTo("some-local-paper");
  }

  @Test
  void theUrlHostComesNext() {
    assertThat(SOURCES.resolve(null, "https://www.reuters.com/world/x", List.of(), null))
        .isEqualTo("reuters.com");
    assertThat(SOURCES.resolve(" ", "not a url", List.of(), null)).isEqualTo(SourceCatalog.UNKNOWN);
  }

  @Test
  void thenSignaturesInThePage() {
    List<String> lines = List.of("Body text.", "Read Full Article on TheEpochTimes.com");
    assertThat(SOURCES.resolve(null, null, lines, null)).isEqualTo("theepochtimes.com");
    assertThat(SOURCES.resolve(null, null, List.of("IFP Media Wire"), null))
        .isEqualTo("ifpnews.com");
  }

  @Test
  void thenTheFolderThenUnknown() {
    assertThat(SOURCES.resolve(null, null, List.of("text"), "Kyiv Post")).isEqualTo("kyiv-post");
    assertThat(SOURCES.resolve(null, null, List.of("text"), null)).isEqualTo(SourceCatalog.UNKNOWN);
  }

  @Test
  void idsAreShortLowercaseAndSafeForPartitions() {
    assertThat(SourceCatalog.normalise("  Ünïcode / News ")).isEqualTo("n-code-news");
    assertThat(SourceCatalog.normalise("x".repeat(100))).hasSize(64);
  }

  @Test
  void badEntriesAreRejectedWithTheirKey() {
    assertThatThrownBy(
            () ->
                SourceCatalog.fromConfig(
                    ConfigFactory.parseString("sources = [{id = a.com, nmes = [A]}]")))
        .hasMessageContaining("sources[0].nmes");
    assertThatThrownBy(
            () ->
                SourceCatalog.fromConfig(ConfigFactory.parseString("sources = [{id = \"A Com\"}]")))
        .hasMessageContaining("sources[0].id");
  }
}
