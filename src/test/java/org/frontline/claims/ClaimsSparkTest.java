package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.frontline.Columns;
import org.frontline.publish.TableSchemas;
import org.frontline.testing.SparkTests;
import org.junit.jupiter.api.Test;

class ClaimsSparkTest {
  private static final String TAKEN =
      "Ukrainian troops liberated 12 villages near Izium on Sunday.";

  private static final StructType DOCUMENTS =
      new StructType()
          .add(Columns.DOC_ID, DataTypes.StringType)
          .add(Columns.PATH, DataTypes.StringType)
          .add(Columns.SOURCE, DataTypes.StringType)
          .add(Columns.TOPIC, DataTypes.StringType)
          .add(Columns.PUBLISHED_DATE, DataTypes.DateType)
          .add(Columns.PUBLISHED_BASIS, DataTypes.StringType)
          .add(Columns.BODY, DataTypes.StringType);

  private static Dataset<Row> documents(StructType schema, List<Row> rows) {
    return SparkTests.spark().createDataFrame(rows, schema);
  }

  @Test
  void everyDocumentsClaimsBecomeRowsOfTheClaimsTableWithoutClusters() {
    Date friday = Date.valueOf("2025-12-19");
    Dataset<Row> docs =
        documents(
            DOCUMENTS,
            List.of(
                RowFactory.create(
                    "a", "/in/a.txt", "kyivindependent", "frontline", friday, "manifest", TAKEN),
                RowFactory.create("b", "/in/b.txt", "reuters", "frontline", friday, "json", TAKEN),
                RowFactory.create(
                    "c", "/in/c.txt", "reuters", "other", null, null, "Weather today.")));
    Dataset<Row> extracted = Claims.extract(docs, new ClaimsConfig(2_000));
    List<Row> claims = Claims.claims(extracted).orderBy(Columns.DOC_ID).collectAsList();

    assertThat(Claims.claims(extracted).columns())
        .containsExactly(TableSchemas.CLAIMS.schema().fieldNames());
    assertThat(claims).hasSize(2);
    Row first = claims.get(0);
    assertThat(first.<String>getAs(Columns.SOURCE)).isEqualTo("kyivindependent");
    assertThat(first.<String>getAs(Columns.KIND)).isEqualTo("settlements_taken");
    assertThat(first.<Object>getAs(Columns.CLUSTER_ID)).isNull();
    assertThat(first.<Date>getAs(Columns.EVENT_DATE)).isEqualTo(Date.valueOf("2025-12-14"));
    assertThat(Claims.notes(extracted).count()).isZero();

    List<Row> reports = Claims.reports(Claims.claims(extracted)).collectAsList();
    assertThat(reports).hasSize(1);
    Row report = reports.get(0);
    assertThat(report.<Long>getAs("documents")).isEqualTo(2L);
    assertThat(report.<Long>getAs("sources")).isEqualTo(2L);
    assertThat(report.<Long>getAs("clusters"))
        .as("no clusters: each document its own")
        .isEqualTo(2L);
    assertThat(report.getList(report.fieldIndex("source_list")))
        .containsExactly("kyivindependent", "reuters");
  }

  @Test
  void clusterIdIsReadWhenTheDocumentsHaveItAndCappedDocumentsGetANote() {
    StructType clustered = DOCUMENTS.add(Columns.CLUSTER_ID, DataTypes.StringType);
    Date friday = Date.valueOf("2025-12-19");
    String huge = "Russian troops killed 12 civilians in Kherson. ".repeat(100_000);
    Dataset<Row> docs =
        documents(
            clustered,
            List.of(
                RowFactory.create("a", "/in/a.txt", "x", "frontline", friday, "json", TAKEN, "k1"),
                RowFactory.create("b", "/in/b.txt", "y", "frontline", friday, "json", TAKEN, "k1"),
                RowFactory.create("c", "/in/c.txt", "y", "frontline", friday, "json", huge, "k2")));
    Dataset<Row> extracted = Claims.extract(docs, new ClaimsConfig(1));
    List<Row> notes = Claims.notes(extracted).collectAsList();
    assertThat(notes).extracting(r -> r.getString(0)).contains("c");
    assertThat(notes).extracting(r -> r.getString(2)).containsOnly("time_cap");

    Dataset<Row> uncapped = Claims.extract(docs.limit(2), new ClaimsConfig(2_000));
    List<Row> reports = Claims.reports(Claims.claims(uncapped)).collectAsList();
    assertThat(reports)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.<Long>getAs("documents")).isEqualTo(2L);
              assertThat(r.<Long>getAs("clusters")).as("two copies, one cluster").isEqualTo(1L);
            });

    // A copy whose date came from its cluster does not resolve "on Sunday" against it.
    Dataset<Row> inherited =
        documents(
            clustered,
            List.of(
                RowFactory.create(
                    "d", "/in/d.txt", "y", "frontline", friday, "cluster", TAKEN, "k1")));
    Row claim = Claims.claims(Claims.extract(inherited, new ClaimsConfig(2_000))).first();
    assertThat(claim.<Date>getAs(Columns.EVENT_DATE)).isNull();
    assertThat(claim.<Date>getAs(Columns.PUBLISHED_DATE)).isEqualTo(friday);
  }
}
