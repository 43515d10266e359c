package org.frontline.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructType;
import org.frontline.testing.SparkTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishSparkTest {
  @TempDir Path dir;

  private static Metadata comment(String text) {
    return new MetadataBuilder().putString("comment", text).build();
  }

  private static final StructType BEFORE =
      new StructType()
          .add("id", DataTypes.StringType, false, comment("key"))
          .add("a", DataTypes.StringType, true, comment("first column"));

  private static final StructType AFTER =
      BEFORE.add(
          "tags",
          DataTypes.createArrayType(
              new StructType()
                  .add("term", DataTypes.StringType)
                  .add("weight", DataTypes.DoubleType)),
          true,
          comment("added later"));

  private static TableSchemas.Table table(StructType schema) {
    return new TableSchemas.Table("things", "test table", schema, "id", List.of());
  }

  @Test
  void addsTheColumnsAWarehouseWrittenBeforeLacksAndKeepsItsRows() {
    SparkSession spark = SparkTests.spark();
    String warehouse = dir.toString();
    Publish.merge(
        spark,
        warehouse,
        table(BEFORE),
        spark.createDataFrame(List.of(RowFactory.create("old", "x")), BEFORE));

    Publish.MergeCounts counts =
        Publish.merge(
            spark,
            warehouse,
            table(AFTER),
            spark.createDataFrame(
                List.of(
                    RowFactory.create(
                        "new", "y", List.of(RowFactory.create("kyiv", 0.5)).toArray())),
                BEFORE.add("tags", AFTER.apply("tags").dataType(), true)));

    assertThat(counts.inserted()).isEqualTo(1);
    String path = Publish.tablePath(warehouse, table(AFTER));
    List<Row> rows =
        spark
            .sql("SELECT id, a, tags[0].term, tags IS NULL FROM delta.`" + path + "` ORDER BY id")
            .collectAsList();
    assertThat(rows).extracting(r -> r.getString(0)).containsExactly("new", "old");
    assertThat(rows.get(0).getString(2)).isEqualTo("kyiv");
    assertThat(rows.get(1).getBoolean(3)).as("the old row has no tags").isTrue();
    Row described =
        spark.sql("DESCRIBE TABLE delta.`" + path + "`").where("col_name = 'tags'").first();
    assertThat(described.getString(2)).isEqualTo("added later");
  }

  @Test
  void refusesToAddANotNullColumnToAnExistingTable() {
    SparkSession spark = SparkTests.spark();
    String warehouse = dir.toString();
    Publish.ensureTable(spark, warehouse, table(BEFORE));

    assertThatThrownBy(
            () ->
                Publish.ensureTable(
                    spark, warehouse, table(BEFORE.add("b", DataTypes.StringType, false))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lacks the column b, which cannot be added because it is NOT NULL");
  }
}
