package org.frontline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.frontline.config.FrontlineConfig;
import org.frontline.testing.CorpusSlices;
import org.frontline.testing.SparkTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Integration over a 1,000-article slice of ../shared/corpus/ukraine-media, with its manifest:
 * source, title and date must come through from the manifest for every article. Skipped with a
 * message when ../shared is absent.
 */
class CorpusSliceTest {
  private static final int SLICE = 1_000;

  @TempDir Path dir;

  @Test
  void sourceTitleAndDateComeThroughFromTheManifest() throws IOException {
    Path shared = SparkTests.shared();
    assumeTrue(shared != null, "../shared is absent: the corpus integration test is skipped");
    Path corpus = shared.resolve("corpus/ukraine-media");
    SparkSession spark = SparkTests.spark();

    // Every 14th manifest row: a slice that spans all outlets.
    CorpusSlices.Slice slice = CorpusSlices.copy(spark, corpus, dir.resolve("slice"), 14, SLICE);
    assertThat(slice.articles()).isEqualTo(SLICE);

    String warehouse = dir.resolve("warehouse").toString();
    RunResult result =
        Pipeline.run(
            spark,
            new Pipeline.Request(
                List.of(slice.folder().toString()), warehouse, FrontlineConfig.load(null)));
    assertThat(result.filesSeen()).isEqualTo(SLICE);
    assertThat(result.manifests()).isEqualTo(1);
    assertThat(result.documents() + result.rejects()).isEqualTo(SLICE);
    assertThat(result.readTasks()).isLessThan(SLICE / 10);

    spark
        .read()
        .format("delta")
        .load(warehouse + "/documents")
        .createOrReplaceTempView("slice_documents");
    slice.manifest().createOrReplaceTempView("slice_manifest");
    Dataset<Row> mismatches =
        spark.sql(
            "SELECT d.path, d.source, m.source AS m_source, d.title, m.title AS m_title,"
                + " d.published_date, m.published FROM slice_documents d"
                + " JOIN slice_manifest m ON d.url = m.url"
                + " WHERE d.source <> m.source"
                // Titles come through with runs of white space folded to one space.
                + " OR d.title <> trim(regexp_replace(m.title, '[\\\\s\\\\u00A0\\\\u2007\\\\u202F]+', ' '))"
                + " OR d.published_date <> to_date(m.published) OR d.published_basis <> 'manifest'");
    assertThat(mismatches.collectAsList())
        .as("documents whose metadata differs from the manifest")
        .isEmpty();
    long matched =
        spark
            .sql("SELECT count(*) FROM slice_documents d JOIN slice_manifest m ON d.url = m.url")
            .first()
            .getLong(0);
    assertThat(matched).isEqualTo(result.documents());
    assertThat(
            spark
                .table("slice_documents")
                .where(col("body").equalTo(""))
                .select("path", "title", "removed_lines")
                .collectAsList())
        .isEmpty();

    // Claims are merged on claim_id, so two claims sharing one would break the next run.
    Row ids =
        spark
            .read()
            .format("delta")
            .load(warehouse + "/claims")
            .selectExpr("count(*)", "count(DISTINCT claim_id)")
            .first();
    assertThat(ids.getLong(0)).isPositive().isEqualTo(ids.getLong(1));
  }
}
