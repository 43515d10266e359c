package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.frontline.cli.Frontline;
import org.junit.jupiter.api.Test;

/**
 * The application jar that spark-submit ships (target/frontline.jar): the pipeline, Delta and the
 * libraries Spark lacks, and nothing that Spark's own classpath (target/spark-classpath.txt) holds,
 * because a second copy of a class would shadow or be shadowed by the cluster's.
 */
class AppJarIT {
  private static final Path APP_JAR = Path.of("target/frontline.jar");
  private static final Path SPARK_CLASSPATH = Path.of("target/spark-classpath.txt");

  @Test
  void holdsThePipelineDeltaAndTheLibrariesSparkLacks() throws IOException {
    try (JarFile jar = new JarFile(APP_JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(Frontline.class.getName());
      Set<String> entries = entries(jar);
      assertThat(entries)
          .contains(
              "org/frontline/cli/Frontline.class",
              "org/frontline/publish/views/claims_per_oblast_week.sql",
              "frontline-defaults/frontline.conf",
              "io/delta/sql/DeltaSparkSessionExtension.class",
              "org/apache/spark/sql/delta/catalog/DeltaCatalog.class",
              "io/delta/storage/LogStore.class",
              "com/typesafe/config/Config.class",
              "picocli/CommandLine.class",
              "org/jsoup/Jsoup.class");
      assertThat(entries)
          .as(
              "Spark's logging, Scala and ICU4J come from the cluster; JLine only serves jobs/sql.sh")
          .noneMatch(
              entry ->
                  entry.startsWith("org/slf4j/")
                      || entry.startsWith("org/apache/logging/")
                      || entry.startsWith("scala/")
                      || entry.startsWith("com/ibm/icu/")
                      || entry.startsWith("org/jline/"));
      String services =
          new String(
              jar.getInputStream(
                      jar.getEntry(
                          "META-INF/services/org.apache.spark.sql.sources.DataSourceRegister"))
                  .readAllBytes());
      assertThat(services).contains("org.apache.spark.sql.delta.sources.DeltaDataSource");
    }
  }

  @Test
  void bundlesNothingThatSparkShips() throws IOException {
    Set<String> bundled;
    try (JarFile jar = new JarFile(APP_JAR.toFile())) {
      bundled = entries(jar);
    }
    Set<String> clashes = new TreeSet<>();
    for (String sparkJar : Files.readString(SPARK_CLASSPATH).strip().split(":")) {
      try (JarFile jar = new JarFile(sparkJar)) {
        entries(jar).stream()
            .filter(bundled::contains)
            .forEach(
                entry -> clashes.add(entry + " (also in " + Path.of(sparkJar).getFileName() + ")"));
      }
    }
    assertThat(clashes).as("leave these out of the jar or relocate them").isEmpty();
  }

  /** Class files and resources, without folders and jar metadata (manifests, licences). */
  private static Set<String> entries(JarFile jar) {
    return jar.stream()
        .map(JarEntry::getName)
        .filter(name -> !name.endsWith("/") && !name.startsWith("META-INF/"))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
