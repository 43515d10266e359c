package org.frontline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontlineConfigTest {
  @TempDir Path dir;

  private Path conf(String text) throws IOException {
    return Files.writeString(dir.resolve("override.conf"), text);
  }

  @Test
  void theEmbeddedDefaultsLoadAndValidate() {
    FrontlineConfig config = FrontlineConfig.load(null);
    assertThat(config.ingest().maxFileBytes()).isEqualTo(5_000_000);
    assertThat(config.ingest().textExtensions()).contains("txt");
    assertThat(config.clean().tailMarkers()).isNotEmpty();
    assertThat(config.taxonomy().labelNames()).contains("frontline", "other");
    assertThat(config.sources().outlets()).isNotEmpty();
    assertThat(config.digest()).hasSize(64);
  }

  @Test
  void anOverrideChangesOnlyItsKeysAndTheDigest() throws IOException {
    FrontlineConfig config =
        FrontlineConfig.load(
            conf("ingest.max-file-bytes = 1000\nclean { paragraph-min-words = 5 }"));
    assertThat(config.ingest().maxFileBytes()).isEqualTo(1000);
    assertThat(config.clean().paragraphMinWords()).isEqualTo(5);
    assertThat(config.clean().repeatedMinDocs()).isEqualTo(5);
    assertThat(config.digest()).isNotEqualTo(FrontlineConfig.load(null).digest());
  }

  @Test
  void unknownKeysAreRejectedByName() throws IOException {
    Path file = conf("ingest.max-file-byte = 1000\nclean.repeated-lines.min-doc = 3");
    assertThatThrownBy(() -> FrontlineConfig.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clean.repeated-lines.min-doc")
        .hasMessageContaining("ingest.max-file-byte")
        .hasMessageContaining(file.toString());
  }

  @Test
  void badValuesNameTheKeyAndTheRule() throws IOException {
    assertThatThrownBy(() -> FrontlineConfig.load(conf("clean.repeated-lines.min-share = 1.5")))
        .hasMessage("Cannot set clean.repeated-lines.min-share to 1.5: must be in [0.0, 1.0]");
    assertThatThrownBy(() -> FrontlineConfig.load(conf("ingest.files-per-task = many")))
        .hasMessageContaining("ingest.files-per-task");
    assertThatThrownBy(() -> FrontlineConfig.load(conf("clean.drop-lines = [\"(unclosed\"]")))
        .hasMessageContaining("clean.drop-lines")
        .hasMessageContaining("not a valid regular expression");
  }

  @Test
  void aMissingOrBrokenFileIsNamed() throws IOException {
    assertThatThrownBy(() -> FrontlineConfig.load(dir.resolve("absent.conf")))
        .hasMessageContaining("absent.conf")
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> FrontlineConfig.load(conf("ingest {")))
        .hasMessageContaining("Cannot parse config file");
  }

  @Test
  void anotherTaxonomyFileCanBeGiven() throws IOException {
    Path topics =
        Files.writeString(
            dir.resolve("topics.conf"),
            "topics { fallback = other, min-score = 0, title-weight = 1,"
                + " labels = [{ name = shelling, terms { \"shell*\" = 1 } }, { name = other, terms {} }] }");
    FrontlineConfig config =
        FrontlineConfig.load(conf("topics.taxonomy-file = \"" + topics + "\""));
    assertThat(config.taxonomy().labelNames()).containsExactly("shelling", "other");
  }
}
