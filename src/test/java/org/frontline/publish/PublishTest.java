package org.frontline.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.frontline.testing.SparkTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishTest {
  @TempDir Path dir;

  private Dataset<Row> rejects(SparkSession spark, Row... rows) {
    return spark.createDataFrame(List.of(rows), TableSchemas.REJECTS.schema());
  }

  @Test
  void mergeInsertsNewKeysAndRewritesOnlyChangedRows() {
    SparkSession spark = SparkTests.spark();
    String warehouse = dir.toString();
    Row a = RowFactory.create("/in/a.txt", "empty", 0L, "0 bytes");
    Row b = RowFactory.create("/in/b.txt", "binary", 10L, "NUL byte at offset 1");

    Publish.MergeCounts first =
        Publish.merge(spark, warehouse, TableSchemas.REJECTS, rejects(spark, a, b));
    assertThat(first).isEqualTo(new Publish.MergeCounts(2, 0, 0));

    Publish.MergeCounts same =
        Publish.merge(spark, warehouse, TableSchemas.REJECTS, rejects(spark, a, b));
    assertThat(same).isEqualTo(new Publish.MergeCounts(0, 0, 0));

    Row bChanged = RowFactory.create("/in/b.txt", "binary", 10L, "NUL byte at offset 2");
    Row c = RowFactory.create("/in/c.txt", "too_large", 9L, "over the cap");
    Publish.MergeCounts changed =
        Publish.merge(spark, warehouse, TableSchemas.REJECTS, rejects(spark, a, bChanged, c));
    assertThat(changed).isEqualTo(new Publish.MergeCounts(1, 1, 0));

    List<Row> stored =
        spark
            .read()
            .format("delta")
            .load(Publish.tablePath(warehouse, TableSchemas.REJECTS))
            .orderBy("path")
            .collectAsList();
    assertThat(stored).containsExactly(a, bChanged, c);
  }

  @Test
  void tablesAreCreatedWithCommentsAndNotNullColumns() {
    SparkSession spark = SparkTests.spark();
    Publish.ensureTable(spark, dir.toString(), TableSchemas.RUNS);
    List<Row> columns =
        spark
            .sql(
                "DESCRIBE TABLE delta.`"
                    + Publish.tablePath(dir.toString(), TableSchemas.RUNS)
                    + "`")
            .collectAsList();
    assertThat(columns).extracting(r -> r.getString(0)).startsWith("run_id", "started_at");
    assertThat(columns).allSatisfy(r -> assertThat(r.getString(2)).isNotBlank());
    assertThat(
            spark
                .read()
                .format("delta")
                .load(Publish.tablePath(dir.toString(), TableSchemas.RUNS))
                .schema()
                .apply("run_id")
                .nullable())
        .isFalse();
  }
}
