package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.frontline.claims.ClaimEval;
import org.frontline.claims.Claims;
import org.frontline.cli.Frontline;
import org.frontline.config.FrontlineConfig;
import org.frontline.testing.SparkTests;
import org.frontline.testing.StandardOutput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline over the bundled sample and the bad-input folder, checked by querying the
 * written Delta tables with SQL. One run (plus one rerun) serves every test, because Delta writes
 * cost seconds on the CI machine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineEndToEndTest {
  private static final Path BAD_INPUT = Path.of("src/test/resources/bad-input");

  @TempDir static Path dir;
  private SparkSession spark;
  private String warehouse;
  private RunResult first;
  private RunResult second;

  @BeforeAll
  void runTwice() {
    spark = SparkTests.spark();
    warehouse = dir.resolve("warehouse").toString();
    Pipeline.Request request =
        new Pipeline.Request(
            List.of(SparkTests.sample().toString(), BAD_INPUT.toString()),
            warehouse,
            FrontlineConfig.load(null));
    first = Pipeline.run(spark, request);
    second = Pipeline.run(spark, request);
    for (String table :
        List.of(
            "documents", "clusters", "rejects", "runs", "claims", "claim_reports", "claim_notes")) {
      spark.read().format("delta").load(warehouse + "/" + table).createOrReplaceTempView(table);
    }
  }

  /** The sql command named this warehouse's tables in the shared session's catalog. */
  @AfterAll
  void dropCatalogNames() {
    spark.sql("DROP SCHEMA IF EXISTS frontline CASCADE");
  }

  private List<Row> sql(String query) {
    return spark.sql(query).collectAsList();
  }

  private long count(String query) {
    return sql(query).get(0).getLong(0);
  }

  @Test
  void everyInputFileIsInExactlyOneTable() throws IOException {
    List<String> inputs;
    try (Stream<Path> files =
        Stream.concat(Files.list(SparkTests.sample()), Files.list(BAD_INPUT))) {
      inputs = files.map(p -> p.toAbsolutePath().normalize().toString()).sorted().toList();
    }
    List<String> stored =
        sql("SELECT path FROM documents UNION ALL SELECT path FROM rejects ORDER BY path").stream()
            .map(r -> r.getString(0))
            .toList();
    assertThat(stored).isEqualTo(inputs);
    assertThat(first.filesSeen()).isEqualTo(inputs.size());
  }

  @Test
  void rejectsCarryTheirReasons() {
    List<String> reasons =
        sql("SELECT reason FROM rejects GROUP BY reason ORDER BY reason").stream()
            .map(r -> r.getString(0))
            .toList();
    assertThat(reasons)
        .containsExactly(
            "binary",
            "duplicate_doc_id",
            "empty",
            "json_without_text",
            "malformed_json",
            "too_large",
            "undecodable");
    Row duplicate =
        sql("SELECT path, detail FROM rejects WHERE reason = 'duplicate_doc_id'").get(0);
    assertThat(duplicate.getString(0)).endsWith("same-url-as-good-article.json");
    assertThat(duplicate.getString(1)).contains("good-article.json");
    assertThat(count("SELECT count(*) FROM rejects WHERE detail IS NULL OR size IS NULL")).isZero();
    assertThat(first.rejectsByReason())
        .containsEntry("empty", 2L)
        .containsEntry("malformed_json", 2L);
  }

  @Test
  void theSeedsComeThroughCleanWithSourceTitleAndDate() {
    List<Row> seeds =
        sql(
            "SELECT path, source, title, published_date, published_basis, body, topic FROM documents"
                + " WHERE path LIKE '%/data/sample/%' ORDER BY path");
    assertThat(seeds).hasSize(5);
    assertThat(seeds.get(0).getString(1)).isEqualTo("thedeepdive.ca");
    assertThat(seeds.get(0).getDate(3)).hasToString("2025-12-19");
    assertThat(seeds.get(0).getString(4)).isEqualTo("header");
    assertThat(seeds.get(0).getString(5)).isEqualTo(seeds.get(1).getString(5));
    assertThat(seeds).extracting(r -> r.getString(2)).doesNotContainNull();
    assertThat(seeds.get(1).getDate(3))
        .as("001 has no date of its own: it takes the earliest of its cluster, not an invented one")
        .isEqualTo(seeds.get(0).getDate(3));
    assertThat(seeds.get(1).getString(4)).isEqualTo("cluster");
    assertThat(count("SELECT count(DISTINCT topic) FROM documents WHERE topic IS NULL")).isZero();
  }

  @Test
  void goodFilesOfEveryFormatAreDocuments() {
    List<String> formats =
        sql("SELECT DISTINCT format FROM documents ORDER BY format").stream()
            .map(r -> r.getString(0))
            .toList();
    assertThat(formats).containsExactly("html", "json", "text", "text+gzip");
    Row json =
        sql("SELECT url, published_basis, source FROM documents WHERE format = 'json'").get(0);
    assertThat(json.getString(0)).startsWith("https://news.example.org/");
    assertThat(json.getString(1)).isEqualTo("json");
  }

  @Test
  void aRerunChangesNothing() {
    assertThat(second.documents()).isEqualTo(first.documents());
    assertThat(second.documentsInserted()).isZero();
    assertThat(second.documentsUpdated()).isZero();
    assertThat(count("SELECT count(*) FROM documents")).isEqualTo(first.documents());
    assertThat(count("SELECT count(*) FROM runs")).isEqualTo(2);
    List<Row> merges =
        spark
            .sql("DESCRIBE HISTORY delta.`" + warehouse + "/documents`")
            .where("operation = 'MERGE'")
            .orderBy("version")
            .select("operationMetrics")
            .collectAsList();
    assertThat(merges).hasSize(2);
    java.util.Map<String, String> rerun = merges.get(1).getJavaMap(0);
    assertThat(rerun.get("numTargetRowsInserted")).isEqualTo("0");
    assertThat(rerun.get("numTargetRowsUpdated")).isEqualTo("0");
    List<Row> clusterWrites =
        spark
            .sql("DESCRIBE HISTORY delta.`" + warehouse + "/clusters`")
            .where("operation = 'MERGE'")
            .orderBy("version")
            .select("operationMetrics")
            .collectAsList();
    for (Row write : clusterWrites.subList(clusterWrites.size() / 2, clusterWrites.size())) {
      java.util.Map<String, String> metrics = write.getJavaMap(0);
      assertThat(metrics.get("numTargetRowsInserted")).as("the rerun's clusters").isEqualTo("0");
      assertThat(metrics.get("numTargetRowsUpdated")).isEqualTo("0");
      assertThat(metrics.get("numTargetRowsDeleted")).isEqualTo("0");
    }
  }

  @Test
  void documentsArePartitionedBySourceAndTopicAndCommented() {
    Row detail = sql("DESCRIBE DETAIL delta.`" + warehouse + "/documents`").get(0);
    assertThat(detail.getList(detail.fieldIndex("partitionColumns")))
        .containsExactly("source", "topic");
    List<Row> columns = sql("DESCRIBE TABLE delta.`" + warehouse + "/documents`");
    assertThat(
            columns.stream()
                .filter(r -> r.getString(0).equals("doc_id"))
                .findFirst()
                .orElseThrow()
                .getString(2))
        .startsWith("Stable id");
  }

  @Test
  void theRunsTableRecordsCountsAndTimings() {
    Row run =
        sql("SELECT files_seen, documents, rejects, size(stage_millis), config_digest FROM runs ORDER BY started_at LIMIT 1")
            .get(0);
    assertThat(run.getLong(0)).isEqualTo(first.filesSeen());
    assertThat(run.getLong(1) + run.getLong(2)).isEqualTo(first.filesSeen());
    assertThat(run.getInt(3))
        .as("list, ingest, clean, features, dedup, topics, claims, publish")
        .isEqualTo(8);
    assertThat(run.getString(4)).hasSize(64);
  }

  @Test
  void theTwoCopiesOfTheSeedStoryShareAClusterAndTheOtherSeedsAreAlone() {
    List<Row> seeds =
        sql(
            "SELECT regexp_extract(d.path, '([0-9]{3})_[^/]*$', 1) AS seed, c.size, d.is_canonical,"
                + " c.canonical_doc_id = d.doc_id, d.cluster_id"
                + " FROM documents d JOIN clusters c ON c.cluster_id = d.cluster_id"
                + " WHERE d.path LIKE '%/data/sample/%' ORDER BY seed");
    assertThat(seeds)
        .extracting(r -> r.getString(0))
        .containsExactly("000", "001", "002", "003", "004");
    assertThat(seeds).extracting(r -> r.getLong(1)).containsExactly(2L, 2L, 1L, 1L, 1L);
    assertThat(seeds.get(0).getString(4)).isEqualTo(seeds.get(1).getString(4));
    // 000 is dated, 001 is not: the dated copy stands for the cluster.
    assertThat(seeds.get(0).getBoolean(2)).isTrue();
    assertThat(seeds.get(1).getBoolean(2)).isFalse();
    assertThat(seeds).allSatisfy(r -> assertThat(r.getBoolean(2)).isEqualTo(r.getBoolean(3)));
  }

  @Test
  void everyDocumentIsInExactlyOneClusterWithOneCanonicalMember() {
    assertThat(
            count(
                "SELECT count(*) FROM documents WHERE cluster_id IS NULL OR is_canonical IS NULL"))
        .isZero();
    assertThat(count("SELECT sum(size) FROM clusters")).isEqualTo(first.documents());
    assertThat(
            count(
                "SELECT count(*) FROM documents d LEFT ANTI JOIN"
                    + " (SELECT cluster_id, explode(members) AS doc_id FROM clusters) m"
                    + " ON m.cluster_id = d.cluster_id AND m.doc_id = d.doc_id"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM clusters c WHERE 1 <> (SELECT count(*) FROM documents d"
                    + " WHERE d.cluster_id = c.cluster_id AND d.is_canonical)"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM clusters WHERE size > 1 AND (min_jaccard IS NULL"
                    + " OR min_jaccard < 0.7 OR min_cosine < 0.8 OR mean_jaccard < min_jaccard)"))
        .isZero();
    assertThat(first.duplicateClusters())
        .isEqualTo(count("SELECT count(*) FROM clusters WHERE size > 1"));
  }

  @Test
  void documentsCarryTheirTopTfidfKeywords() {
    Row keywords =
        sql("SELECT keywords FROM documents WHERE path LIKE '%/data/sample/002_%'").get(0);
    List<Row> terms = keywords.getList(0);
    assertThat(terms).hasSize(10);
    assertThat(terms).extracting(t -> t.getString(0)).doesNotContain("the", "and", "of");
    assertThat(terms.get(0).getDouble(1)).isGreaterThanOrEqualTo(terms.get(9).getDouble(1));
    assertThat(Path.of(warehouse, "_models", "tfidf", "metadata")).isDirectory();
  }

  @Test
  void theSqlCommandPrintsCsvWithAHeader() {
    String out =
        StandardOutput.of(
            () ->
                assertThat(
                        Frontline.execute(
                            "sql",
                            "--warehouse",
                            warehouse,
                            "--format",
                            "csv",
                            "SELECT reason, count(*) AS files FROM frontline.rejects GROUP BY reason ORDER BY reason"))
                    .isZero());
    assertThat(out.lines().collect(Collectors.toList()))
        .containsExactly(
            "reason,files",
            "binary,1",
            "duplicate_doc_id,1",
            "empty,2",
            "json_without_text,1",
            "malformed_json,2",
            "too_large,1",
            "undecodable,2");
    assertThat(spark.sparkContext().isStopped())
        .as("the command leaves the caller's session running")
        .isFalse();
  }

  @Test
  void theRunCommandFailsWithOneLineForAMissingInput() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code =
          Frontline.execute(
              "run", "--input", dir.resolve("missing").toString(), "--output", warehouse);
    } finally {
      System.setErr(old);
    }
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .startsWith("frontline: Input ")
        .contains("does not exist")
        .doesNotContain("\n");
    assertThat(Frontline.execute("run", "--output", warehouse)).as("usage error").isEqualTo(2);
  }

  @Test
  void claimsAreQueryableWithSqlAndCarryTheirDocumentsColumns() {
    assertThat(count("SELECT count(*) FROM claims")).isEqualTo(first.claims()).isPositive();
    assertThat(count("SELECT count(*) FROM claims c LEFT ANTI JOIN documents d USING (doc_id)"))
        .as("every claim belongs to a document")
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM claims c JOIN documents d USING (doc_id)"
                    + " WHERE c.source <> d.source OR c.topic <> d.topic"
                    + " OR NOT (c.published_date <=> d.published_date)"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM claims WHERE category NOT IN ('territorial', 'casualty')"
                    + " OR substring(sentence, 1, 20) IS NULL OR char_end <= char_start"))
        .isZero();
    Row settlements =
        sql("SELECT c.actor, c.value_best, c.unit, c.location, c.event_date, c.date_basis"
                + " FROM claims c JOIN documents d USING (doc_id)"
                + " WHERE d.path LIKE '%000_06d34a43f4ebaf53.txt' AND c.kind = 'settlements_taken'")
            .get(0);
    assertThat(settlements.getString(0)).isEqualTo("ukraine");
    assertThat(settlements.getDouble(1)).isEqualTo(30.0);
    assertThat(settlements.getString(2)).isEqualTo("settlements");
    assertThat(settlements.getString(3)).isEqualTo("Kharkiv Oblast");
    assertThat(settlements.getDate(4)).hasToString("2025-12-14");
    assertThat(settlements.getString(5)).isEqualTo("relative");
    assertThat(count("SELECT count(*) FROM claim_notes")).isZero();
  }

  @Test
  void claimReportsCountTheDocumentsAndSourcesCarryingEachClaim() {
    assertThat(count("SELECT count(*) FROM claim_reports"))
        .isEqualTo(count("SELECT count(DISTINCT claim_key) FROM claims"));
    // The undated copy of the Izium article and the Epoch Times piece both report, without a
    // date, Russia's withdrawal from Kharkiv Oblast.
    Row shared =
        sql("SELECT documents, sources, clusters, source_list FROM claim_reports"
                + " WHERE claim_key = 'withdrawal|russia|Kharkiv Oblast||'")
            .get(0);
    assertThat(shared.getLong(0)).isEqualTo(2);
    assertThat(shared.getLong(1)).isEqualTo(2);
    assertThat(shared.getLong(2)).isEqualTo(2);
    assertThat(shared.getList(3)).containsExactly("thedeepdive.ca", "theepochtimes.com");
  }

  @Test
  void claimsArePartitionedAndARerunLeavesThemUnchanged() {
    Row detail = sql("DESCRIBE DETAIL delta.`" + warehouse + "/claims`").get(0);
    assertThat(detail.getList(detail.fieldIndex("partitionColumns")))
        .containsExactly("source", "topic");
    List<Row> merges =
        spark
            .sql("DESCRIBE HISTORY delta.`" + warehouse + "/claims`")
            .where("operation = 'MERGE'")
            .orderBy("version")
            .select("operationMetrics")
            .collectAsList();
    assertThat(merges).hasSize(2);
    java.util.Map<String, String> rerun = merges.get(1).getJavaMap(0);
    assertThat(rerun.get("numTargetRowsInserted")).isEqualTo("0");
    assertThat(rerun.get("numTargetRowsUpdated")).isEqualTo("0");
    assertThat(rerun.get("numTargetRowsDeleted")).isEqualTo("0");
  }

  @Test
  void theSeedClaimsAreFoundWithPrecisionAndRecallOfAtLeastNinetyPercent() {
    Path shared = SparkTests.shared();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        shared != null, "../shared is absent: the seed evaluation is skipped");
    Path gold = shared.resolve("expected/seeds_claims.jsonl");
    ClaimEval.Score score =
        ClaimEval.score(ClaimEval.readGold(gold), Claims.stored(spark, warehouse));
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.9);
    assertThat(score.recall()).isGreaterThanOrEqualTo(0.9);
    assertThat(score.eventDate().rate()).isGreaterThanOrEqualTo(0.8);

    String out =
        StandardOutput.of(
            () ->
                assertThat(
                        Frontline.execute(
                            "eval-claims", "--gold", gold.toString(), "--warehouse", warehouse))
                    .isZero());
    assertThat(out)
        .contains(String.format("precision %.3f", score.precision()))
        .contains(String.format("recall    %.3f", score.recall()));
  }
}
