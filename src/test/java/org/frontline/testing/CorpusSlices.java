package org.frontline.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Slices of ../shared/corpus/ukraine-media: every n-th article with a manifest of its own. */
public final class CorpusSlices {
  private CorpusSlices() {}

  /**
   * A slice copied into a folder, with its manifest.
   *
   * @param folder the slice's folder, holding manifest.csv and the articles below their paths
   * @param manifest the corpus manifest, for comparing what the pipeline made of the slice
   * @param articlesPerSource the manifest's source of each copied article, counted
   */
  public record Slice(Path folder, Dataset<Row> manifest, Map<String, Long> articlesPerSource) {
    public long articles() {
      return articlesPerSource.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Copies every {@code step}-th article of the manifest (in path order), at most {@code limit}.
   */
  public static Slice copy(SparkSession spark, Path corpus, Path target, int step, int limit)
      throws IOException {
    Dataset<Row> manifest =
        spark
            .read()
            .option("header", true)
            .option("multiLine", true)
            .option("escape", "\"")
            .csv(corpus.resolve("manifest.csv").toString());
    List<Row> rows = manifest.orderBy("path").collectAsList();
    Path folder = Files.createDirectories(target);
    StringBuilder sliceManifest = new StringBuilder("id,path,url,source,published,title\n");
    Map<String, Long> perSource = new TreeMap<>();
    for (int i = 0, taken = 0; i < rows.size() && taken < limit; i += step, taken++) {
      Row row = rows.get(i);
      String path = row.getAs("path");
      Path copy = folder.resolve(path);
      Files.createDirectories(copy.getParent());
      Files.copy(corpus.resolve(path), copy);
      perSource.merge(row.getAs("source"), 1L, Long::sum);
      sliceManifest
          .append(
              String.join(
                  ",",
                  List.of(
                      csv(row.getAs("id")),
                      csv(path),
                      csv(row.getAs("url")),
                      csv(row.getAs("source")),
                      csv(row.getAs("published")),
                      csv(row.getAs("title")))))
          .append('\n');
    }
    Files.writeString(folder.resolve("manifest.csv"), sliceManifest);
    return new Slice(folder, manifest, perSource);
  }

  private static String csv(String value) {
    return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
