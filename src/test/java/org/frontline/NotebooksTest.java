package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.frontline.cli.Frontline;
import org.frontline.publish.Catalog;
import org.frontline.testing.Notebooks;
import org.frontline.testing.SparkTests;
import org.frontline.testing.StandIns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job's catalog names and every SQL statement of every notebook in notebooks/ (see {@link
 * Notebooks}), against the tables of a sample run made with the run command, which registers them
 * as frontline.*. A statement of a cell that waits for claims or clusters is skipped, with a
 * message, while the warehouse lacks that table, and runs as soon as the stage that writes it
 * lands; meanwhile it runs over stand-ins.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotebooksTest {
  private static final Logger LOG = LoggerFactory.getLogger(NotebooksTest.class);
  private static final String STAND_INS = "frontline_stand_ins";

  @TempDir static Path dir;
  private SparkSession spark;
  private String warehouse;

  @BeforeAll
  void runTheSample() {
    spark = SparkTests.spark();
    warehouse = dir.resolve("warehouse").toString();
    assertThat(
            Frontline.execute(
                "run", "--input", SparkTests.sample().toString(), "--output", warehouse))
        .isZero();
  }

  @AfterAll
  void dropCatalogNames() {
    spark.sql("DROP SCHEMA IF EXISTS frontline CASCADE");
    spark.sql("DROP SCHEMA IF EXISTS " + STAND_INS + " CASCADE");
  }

  /** The tables a sample run writes and the views over them. */
  private static final List<String> NAMED =
      List.of(
          "documents",
          "clusters",
          "rejects",
          "runs",
          "claims",
          "claim_reports",
          "claim_notes",
          "exact_copies",
          "claims_per_oblast_week",
          "area_claims_over_time",
          "most_corroborated_claims",
          "clusters_spanning_sources");

  @Test
  void theRunNamesItsTablesAndTheViewsWhoseTablesExist() {
    assertThat(
            spark.sql("SHOW TABLES IN frontline").collectAsList().stream()
                .map(row -> row.getString(row.fieldIndex("tableName")))
                .toList())
        .containsExactlyInAnyOrder(NAMED.toArray(String[]::new));
    assertThat(Catalog.register(spark, warehouse, "frontline"))
        .as("registering again changes nothing")
        .containsExactlyInAnyOrderElementsOf(NAMED.stream().map(n -> "frontline." + n).toList());
  }

  @Test
  void aNameRegisteredForAnotherWarehouseIsNotRepointed() throws IOException {
    Path copy = dir.resolve("another-warehouse");
    try (Stream<Path> files = Files.walk(Path.of(warehouse))) {
      for (Path file : files.toList()) {
        Files.copy(file, copy.resolve(Path.of(warehouse).relativize(file).toString()));
      }
    }
    assertThatThrownBy(() -> Catalog.register(spark, copy.toString(), "frontline"))
        .hasMessageStartingWith("frontline.documents is registered at file:" + warehouse)
        .hasMessageContaining("DROP TABLE frontline.documents");
  }

  @Test
  void theNotebooksShareOneSetupCellThatRegistersTheTables() throws IOException {
    List<Notebooks.Notebook> notebooks = Notebooks.all();
    assertThat(notebooks).hasSizeGreaterThanOrEqualTo(3);
    assertThat(notebooks.stream().map(notebook -> notebook.codeCells().get(0)).distinct())
        .singleElement()
        .asString()
        .contains("Catalog.register(spark._jsparkSession, WAREHOUSE, \"frontline\")");
  }

  @TestFactory
  Stream<DynamicTest> everySqlStatementOfEveryNotebookRuns() throws IOException {
    return statements().stream().map(statement -> test(statement, () -> execute(statement)));
  }

  /**
   * The statements of the cells that wait for claims or clusters, run now over {@link StandIns} in
   * a schema of their own, so their SQL is known to work before those stages land.
   */
  @TestFactory
  Stream<DynamicTest> theWaitingStatementsRunOverStandIns() throws IOException {
    spark.sql("CREATE SCHEMA " + STAND_INS);
    StandIns.documents(spark, STAND_INS);
    StandIns.claims(spark, STAND_INS);
    StandIns.clusters(spark, STAND_INS);
    Catalog.register(spark, dir.resolve("no-warehouse").toString(), STAND_INS);
    return statements().stream()
        .filter(statement -> statement.needs() != null)
        .map(
            statement ->
                test(
                    statement,
                    () ->
                        spark
                            .sql(statement.sql().replace("frontline.", STAND_INS + "."))
                            .collectAsList()));
  }

  private static List<Notebooks.Statement> statements() throws IOException {
    List<Notebooks.Statement> statements = new ArrayList<>();
    for (Notebooks.Notebook notebook : Notebooks.all()) {
      List<Notebooks.Statement> found = notebook.statements();
      assertThat(found).as(notebook.name() + " has SQL").isNotEmpty();
      statements.addAll(found);
    }
    return statements;
  }

  private static DynamicTest test(Notebooks.Statement statement, Executable check) {
    return DynamicTest.dynamicTest(
        statement.notebook()
            + " cell "
            + statement.cell()
            + ": "
            + statement.sql().lines().findFirst().orElse(""),
        check);
  }

  private void execute(Notebooks.Statement statement) {
    if (statement.needs() != null
        && !spark.catalog().tableExists("frontline." + statement.needs())) {
      String message =
          statement.notebook()
              + " cell "
              + statement.cell()
              + " waits for frontline."
              + statement.needs()
              + ", which this warehouse does not have yet";
      LOG.info("skipped: {}", message);
      Assumptions.abort(message);
    }
    // Collecting runs the whole statement, as the notebook's toPandas() does.
    spark.sql(statement.sql()).collectAsList();
  }
}
