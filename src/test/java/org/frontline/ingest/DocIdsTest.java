package org.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocIdsTest {
  @Test
  void urlsNamingTheSamePageGiveOneId() {
    String id = DocIds.of("https://www.example.org/news/a?id=3", "x", "y");
    assertThat(id).hasSize(20).matches("[0-9a-f]+");
    assertThat(DocIds.of("HTTPS://WWW.Example.org/news/a?id=3#top", "other", "path")).isEqualTo(id);
    assertThat(DocIds.of("https://www.example.org/news/a?id=4", "x", "y")).isNotEqualTo(id);
  }

  @Test
  void withoutUrlThePathBelowTheNamedRootCounts() {
    String id = DocIds.of(null, "seeds", "000.txt");
    assertThat(DocIds.of(" ", "seeds", "000.txt")).isEqualTo(id);
    assertThat(DocIds.of(null, "other", "000.txt")).isNotEqualTo(id);
    assertThat(DocIds.of(null, "seeds", "sub/000.txt")).isNotEqualTo(id);
  }

  @Test
  void idsAreStableAcrossReleases() {
    // A change here re-keys every stored document: it must be deliberate.
    assertThat(DocIds.of(null, "sample", "000_06d34a43f4ebaf53.txt"))
        .isEqualTo(
            org.frontline.util.Hashes.sha256Hex("path:sample/000_06d34a43f4ebaf53.txt")
                .substring(0, 20));
  }
}
