package org.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputListingTest {
  private static final List<String> MANIFESTS = List.of("manifest.csv", "manifest.jsonl");

  @TempDir Path dir;

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private InputListing.Listing list(String... inputs) {
    return InputListing.list(List.of(inputs), MANIFESTS, new Configuration());
  }

  @Test
  void foldersAreReadRecursivelyWithPathsBelowTheirRoot() throws IOException {
    write("corpus/a.txt", "a");
    write("corpus/bbc/b.json", "{}");
    write("corpus/manifest.csv", "path\n");
    InputListing.Listing listing = list(dir.resolve("corpus").toString());
    assertThat(listing.files())
        .extracting(InputListing.InputFile::rootName, InputListing.InputFile::relativePath)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("corpus", "a.txt"),
            org.assertj.core.groups.Tuple.tuple("corpus", "bbc/b.json"));
    assertThat(listing.manifests()).hasSize(1);
    assertThat(listing.manifests().get(0).folderUri()).endsWith("/corpus");
    assertThat(listing.totalBytes()).isEqualTo(3);
  }

  @Test
  void filesAndGlobsWorkAndOverlapsCountOnce() throws IOException {
    Path a = write("in/a.txt", "a");
    write("in/b.txt", "b");
    write("in/c.html", "c");
    InputListing.Listing listing = list(a.toString(), dir.resolve("in/*.txt").toString());
    assertThat(listing.files())
        .extracting(InputListing.InputFile::relativePath)
        .containsExactly("a.txt", "b.txt");
    assertThat(listing.files()).extracting(InputListing.InputFile::rootName).containsOnly("in");
  }

  @Test
  void aMissingInputIsNamed() {
    String missing = dir.resolve("nope").toString();
    assertThatThrownBy(() -> list(missing))
        .hasMessageContaining(missing)
        .hasMessageContaining("does not exist");
  }

  @Test
  void displayPathsDropTheFileScheme() {
    assertThat(InputListing.displayPath("file:/data/a b.txt")).isEqualTo("/data/a b.txt");
    assertThat(InputListing.displayPath("hdfs://nn:8020/data/a.txt"))
        .isEqualTo("hdfs://nn:8020/data/a.txt");
  }
}
