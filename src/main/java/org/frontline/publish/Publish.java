package org.frontline.publish;

import io.delta.tables.DeltaMergeBuilder;
import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;

/**
 * The sink: Delta tables under a warehouse folder (any Hadoop URI), written with MERGE on each
 * table's stable key. A row is only rewritten when one of its values changed, so a rerun over the
 * same input leaves the tables as they were.
 */
public final class Publish {

  /** What a MERGE did. */
  public record MergeCounts(long inserted, long updated, long deleted) {}

  private Publish() {}

  /** Where a table lives below the warehouse. */
  public static String tablePath(String warehouse, TableSchemas.Table table) {
    return new Path(warehouse, table.name()).toString();
  }

  /**
   * Creates the table with its schema, comments and partitioning unless it exists; a table written
   * by an earlier version gets the columns added since (Delta adds them as null for the rows it
   * holds).
   */
  public static void ensureTable(SparkSession spark, String warehouse, TableSchemas.Table table) {
    String path = tablePath(warehouse, table);
    if (DeltaTable.isDeltaTable(spark, path)) {
      addMissingColumns(spark, path, table);
      return;
    }
    DeltaTableBuilder builder =
        DeltaTable.createIfNotExists(spark).location(path).comment(table.comment());
    for (StructField field : table.schema().fields()) {
      builder =
          builder.addColumn(
              DeltaTable.columnBuilder(spark, field.name())
                  .dataType(field.dataType())
                  .nullable(field.nullable())
                  .comment(field.getComment().getOrElse(() -> ""))
                  .build());
    }
    if (!table.partitionedBy().isEmpty()) {
      builder = builder.partitionedBy(table.partitionedBy().toArray(String[]::new));
    }
    builder.execute();
  }

  private static void addMissingColumns(SparkSession spark, String path, TableSchemas.Table table) {
    List<String> existing =
        Arrays.asList(DeltaTable.forPath(spark, path).toDF().schema().fieldNames());
    List<StructField> missing =
        Arrays.stream(table.schema().fields()).filter(f -> !existing.contains(f.name())).toList();
    if (missing.isEmpty()) {
      return;
    }
    for (StructField field : missing) {
      if (!field.nullable()) {
        throw new IllegalStateException(
            "The "
                + table.name()
                + " table at "
                + path
                + " lacks the column "
                + field.name()
                + ", which cannot be added because it is NOT NULL; write to a new warehouse");
      }
    }
    spark.sql(
        "ALTER TABLE delta.`"
            + path.replace("`", "``")
            + "` ADD COLUMNS ("
            + missing.stream().map(StructField::toDDL).collect(Collectors.joining(", "))
            + ")");
  }

  /**
   * Upserts {@code rows} (which hold at least the table's columns, unique on its key) into the
   * table, creating it first when needed.
   */
  public static MergeCounts merge(
      SparkSession spark, String warehouse, TableSchemas.Table table, Dataset<Row> rows) {
    return counts(upsert(spark, warehouse, table, rows).execute().first());
  }

  /**
   * Makes the table hold exactly {@code rows}: upserts them and deletes the rows whose key they no
   * longer have. For tables derived whole from others, such as claim_reports.
   */
  public static MergeCounts mergeAll(
      SparkSession spark, String warehouse, TableSchemas.Table table, Dataset<Row> rows) {
    return counts(
        upsert(spark, warehouse, table, rows).whenNotMatchedBySource().delete().execute().first());
  }

  /**
   * The MERGE both upserts share: insert new keys, rewrite a matched row only when a value changed.
   * Creates the table first when needed.
   */
  private static DeltaMergeBuilder upsert(
      SparkSession spark, String warehouse, TableSchemas.Table table, Dataset<Row> rows) {
    ensureTable(spark, warehouse, table);
    return DeltaTable.forPath(spark, tablePath(warehouse, table))
        .as("t")
        .merge(columnsOf(table, rows).as("s"), "t." + table.key() + " = s." + table.key())
        .whenMatched(changed(table))
        .updateAll()
        .whenNotMatched()
        .insertAll();
  }

  /**
   * Upserts {@code rows} as the whole new content of their groups: a stored row whose {@code group}
   * value is among {@code groups} (one column of that name) and whose key is not in {@code rows} is
   * deleted. The claims of a document rerun with new text or new rules replace its old claims,
   * while the claims of documents not in this run stay.
   */
  public static MergeCounts mergeReplacingGroups(
      SparkSession spark,
      String warehouse,
      TableSchemas.Table table,
      Dataset<Row> rows,
      String group,
      Dataset<Row> groups) {
    ensureTable(spark, warehouse, table);
    String key = table.key();
    DeltaTable target = DeltaTable.forPath(spark, tablePath(warehouse, table));
    Dataset<Row> fresh = columnsOf(table, rows).withColumn(STALE, functions.lit(false));
    Dataset<Row> staleKeys =
        target
            .toDF()
            .select(key, group)
            .join(groups.select(group).distinct(), group, "left_semi")
            .join(fresh.select(key), key, "left_anti")
            .select(key);
    Dataset<Row> stale =
        staleKeys.select(
            Arrays.stream(table.schema().fields())
                .map(
                    f ->
                        f.name().equals(key)
                            ? functions.col(key)
                            : functions.lit(null).cast(f.dataType()).as(f.name()))
                .toArray(Column[]::new));
    Dataset<Row> source = fresh.unionByName(stale.withColumn(STALE, functions.lit(true)));
    Map<String, String> assignments = new LinkedHashMap<>();
    for (String c : table.schema().fieldNames()) {
      assignments.put(c, "s." + c);
    }
    return counts(
        target
            .as("t")
            .merge(source.as("s"), "t." + key + " = s." + key)
            .whenMatched("s." + STALE)
            .delete()
            .whenMatched(changed(table))
            .updateExpr(assignments)
            .whenNotMatched("NOT s." + STALE)
            .insertExpr(assignments)
            .execute()
            .first());
  }

  /** Marks the source rows of {@link #mergeReplacingGroups} that only delete. */
  private static final String STALE = "_stale";

  private static Dataset<Row> columnsOf(TableSchemas.Table table, Dataset<Row> rows) {
    return rows.select(
        Arrays.stream(table.schema().fieldNames()).map(functions::col).toArray(Column[]::new));
  }

  /** True when a matched row differs in any value, so unchanged rows are never rewritten. */
  private static String changed(TableSchemas.Table table) {
    return Arrays.stream(table.schema().fieldNames())
        .filter(c -> !c.equals(table.key()))
        .map(c -> "t." + c + " <=> s." + c)
        .collect(Collectors.joining(" AND ", "NOT (", ")"));
  }

  private static MergeCounts counts(Row metrics) {
    return new MergeCounts(
        metrics.getAs("num_inserted_rows"),
        metrics.getAs("num_updated_rows"),
        metrics.getAs("num_deleted_rows"));
  }

  /** Deletes the rows whose key is in the {@code key} column of {@code keys}; returns how many. */
  public static long delete(
      SparkSession spark, String warehouse, TableSchemas.Table table, Dataset<Row> keys) {
    ensureTable(spark, warehouse, table);
    Row metrics =
        DeltaTable.forPath(spark, tablePath(warehouse, table))
            .as("t")
            .merge(
                keys.select(table.key()).distinct().as("s"),
                "t." + table.key() + " = s." + table.key())
            .whenMatched()
            .delete()
            .execute()
            .first();
    return metrics.getAs("num_deleted_rows");
  }
}
