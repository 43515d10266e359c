package org.frontline.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.frontline.testing.SparkTests;
import org.frontline.testing.StandIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The views over stand-ins for the tables they read: small persistent views with the columns of
 * documents (with the dedup stage's cluster_id and is_canonical) and of claims as
 * ../shared/CLAIMS.md defines them. So the views over claims and clusters are checked before those
 * stages land. Registering real Delta tables is covered by NotebooksTest, which runs the job.
 */
class CatalogTest {
  private static final String NAMESPACE = "frontline_views_test";

  @TempDir Path emptyWarehouse;
  private final SparkSession spark = SparkTests.spark();

  @BeforeEach
  void createNamespace() {
    spark.sql("CREATE SCHEMA " + NAMESPACE);
  }

  @AfterEach
  void dropNamespace() {
    spark.sql("DROP SCHEMA IF EXISTS " + NAMESPACE + " CASCADE");
  }

  @Test
  void viewsWaitForTheTablesTheyRead() {
    StandIns.documents(spark, NAMESPACE);
    List<String> registered = Catalog.register(spark, emptyWarehouse.toString(), NAMESPACE);
    assertThat(registered).containsExactly(NAMESPACE + ".exact_copies");
    assertThat(spark.catalog().tableExists(NAMESPACE + ".claims_per_oblast_week")).isFalse();
    assertThat(spark.catalog().tableExists(NAMESPACE + ".clusters_spanning_sources")).isFalse();
  }

  @Test
  void everyViewAnswersOverTablesWithTheDocumentedColumns() {
    StandIns.documents(spark, NAMESPACE);
    StandIns.claims(spark, NAMESPACE);
    StandIns.clusters(spark, NAMESPACE);
    List<String> registered = Catalog.register(spark, emptyWarehouse.toString(), NAMESPACE);
    assertThat(registered)
        .containsExactlyElementsOf(
            Catalog.VIEWS.stream().map(view -> NAMESPACE + "." + view.name()).toList());

    assertThat(
            rows(
                "SELECT content_hash, documents, sources, source_list, title FROM exact_copies"
                    + " ORDER BY content_hash"))
        .containsExactly("h1|3|2|[kyivindependent.com, ukrinform.net]|Ukraine holds 800 km2");

    // Claim k1 is one claim reported three times (two of them syndicated copies, cluster c1).
    assertThat(
            rows(
                "SELECT oblast, week, kind, claim_rows, distinct_claims, documents, sources"
                    + " FROM claims_per_oblast_week ORDER BY oblast, week, kind"))
        .containsExactly(
            "Donetsk Oblast|2025-11-17|place_taken|1|1|1|1",
            "Kursk Oblast|2025-11-17|area_controlled|3|1|3|2");

    assertThat(
            rows(
                "SELECT location, event_date, actor, value_best, unit, documents,"
                    + " independent_reports, sources, claimants FROM area_claims_over_time"))
        .containsExactly("Kursk Oblast|2025-11-23|ukraine|800.0|km2|3|2|2|[Oleksandr Syrskyi]");

    assertThat(
            rows(
                "SELECT claim_key, independent_reports, documents, source_list"
                    + " FROM most_corroborated_claims"))
        .as("only claims carried by more than one source")
        .containsExactly("k1|2|3|[kyivindependent.com, ukrinform.net]");

    assertThat(
            rows(
                "SELECT cluster_id, documents, sources, canonical_title, first_published"
                    + " FROM clusters_spanning_sources"))
        .containsExactly("c1|2|2|Ukraine holds 800 km2|2025-11-23");
  }

  /** The rows of a query over the namespace, each as its values joined by '|'. */
  private List<String> rows(String query) {
    spark.sql("USE " + NAMESPACE);
    try {
      return spark.sql(query).collectAsList().stream().map(CatalogTest::joined).toList();
    } finally {
      spark.sql("USE default");
    }
  }

  private static String joined(Row row) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < row.length(); i++) {
      if (i > 0) {
        text.append('|');
      }
      Object value = row.get(i);
      text.append(
          value instanceof scala.collection.Seq<?> seq
              ? scala.jdk.javaapi.CollectionConverters.asJava(seq).toString()
              : String.valueOf(value));
    }
    return text.toString();
  }
}
