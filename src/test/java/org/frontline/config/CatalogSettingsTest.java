package org.frontline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogSettingsTest {
  @TempDir Path dir;

  @Test
  void theDefaultsRegisterTheTablesAsFrontline() {
    assertThat(FrontlineConfig.load(null).catalog())
        .isEqualTo(new FrontlineConfig.CatalogSettings(true, "frontline"));
  }

  @Test
  void aCatalogAndSchemaAreOneNamespace() throws IOException {
    FrontlineConfig config =
        FrontlineConfig.load(conf("catalog { namespace = main.frontline, register = false }"));
    assertThat(config.catalog())
        .isEqualTo(new FrontlineConfig.CatalogSettings(false, "main.frontline"));
  }

  @Test
  void aNamespaceThatWouldNeedQuotingIsRejectedByName() throws IOException {
    Path file = conf("catalog.namespace = \"front-line\"");
    assertThatThrownBy(() -> FrontlineConfig.load(file))
        .hasMessage(
            "Cannot set catalog.namespace to front-line: must be a schema name or catalog.schema"
                + " of letters, digits and underscores");
  }

  private Path conf(String text) throws IOException {
    return Files.writeString(dir.resolve("override.conf"), text);
  }
}
