package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.frontline.cli.LocalCluster;
import org.frontline.publish.Catalog;
import org.frontline.testing.CorpusSlices;
import org.frontline.testing.SparkTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline on a real Spark standalone cluster: the master and worker of {@code
 * jobs/cluster-local.sh} on 127.0.0.1 (on free ports, so parallel builds do not collide), the job
 * submitted in client mode through {@code jobs/submit.sh} with the application jar, over the seeds
 * and a slice of ../shared/corpus (the slice is left out, with a message, when ../shared is
 * absent). The Delta tables it wrote are then checked with SQL under their catalog names. Every
 * wait has a time limit and the cluster is stopped whatever happens, so a hung cluster fails this
 * test instead of holding CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterIT {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterIT.class);
  private static final Path CLUSTER_DIR = Path.of("target/cluster-it");
  private static final Duration SUBMIT_TIMEOUT = Duration.ofMinutes(3);
  private static final int SLICE_STEP = 250;
  private static final int SLICE_ARTICLES = 60;

  @TempDir Path dir;
  private LocalCluster cluster;
  private Thread stopOnExit;

  @BeforeAll
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void startCluster() throws Exception {
    LocalCluster.in(CLUSTER_DIR).ifPresent(leftover -> leftover.stop(Duration.ofSeconds(10)));
    cluster =
        LocalCluster.start(
            new LocalCluster.Settings(
                CLUSTER_DIR,
                Path.of("target/spark-classpath.txt"),
                freePort(),
                freePort(),
                freePort(),
                2,
                "2g"),
            Duration.ofSeconds(90));
    // Should the test JVM be ended from outside, the daemons must not outlive it.
    stopOnExit = new Thread(() -> cluster.stop(Duration.ofSeconds(10)));
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  @AfterAll
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void stopCluster() {
    if (cluster != null) {
      cluster.stop(Duration.ofSeconds(20));
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
      assertThat(cluster.isMasterAlive() || cluster.isWorkerAlive()).isFalse();
    }
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void theSubmittedRunWritesTablesThatSqlNames() throws Exception {
    SparkSession spark = SparkTests.spark();
    Path warehouse = dir.resolve("warehouse");
    CorpusSlices.Slice slice = corpusSlice(spark);
    long files = 5 + (slice == null ? 0 : slice.articles());

    List<String> inputs =
        slice == null ? List.of("data/sample") : List.of("data/sample", slice.folder().toString());
    List<String> jobArguments = new ArrayList<>();
    inputs.forEach(input -> jobArguments.addAll(List.of("--input", input)));
    jobArguments.addAll(List.of("--output", warehouse.toString()));
    String summary = submit(jobArguments);
    assertThat(summary)
        .contains(String.format("files seen %,d", files))
        .containsPattern(
            "registered frontline\\.documents, .*frontline\\.rejects, frontline\\.runs");

    LocalCluster.MasterState master = cluster.masterState().orElseThrow();
    LocalCluster.App run =
        master.completedApps().stream()
            .filter(app -> app.name().equals("frontline-run"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the master ran no frontline-run: " + master));
    assertThat(run.state()).isEqualTo("FINISHED");
    assertThat(cluster.work().resolve(run.id()).resolve("0/stderr"))
        .as("the worker ran the executor")
        .exists();

    Catalog.register(spark, warehouse.toString(), "frontline");
    try {
      assertThat(
              count(
                  "SELECT (SELECT count(*) FROM frontline.documents)"
                      + " + (SELECT count(*) FROM frontline.rejects)"))
          .as("every input file is a document or a reject")
          .isEqualTo(files);
      assertThat(
              count("SELECT count(*) FROM frontline.documents WHERE path LIKE '%/data/sample/%'"))
          .isEqualTo(5);
      assertThat(count("SELECT count(*) FROM frontline.exact_copies")).isPositive();
      Row runRow =
          spark.sql("SELECT size(inputs), files_seen, spark_version FROM frontline.runs").first();
      assertThat(runRow.getInt(0)).isEqualTo(inputs.size());
      assertThat(runRow.getLong(1)).isEqualTo(files);
      assertThat(runRow.getString(2)).isEqualTo(spark.version());
      if (slice != null) {
        Map<String, Long> perSource = new TreeMap<>();
        spark
            .sql(
                "SELECT source, count(*) FROM frontline.documents"
                    + " WHERE path NOT LIKE '%/data/sample/%' GROUP BY source")
            .collectAsList()
            .forEach(row -> perSource.put(row.getString(0), row.getLong(1)));
        assertThat(perSource)
            .as("the slice's articles under their manifest sources")
            .isEqualTo(slice.articlesPerSource());
      }
    } finally {
      spark.sql("DROP SCHEMA frontline CASCADE");
    }
  }

  /** A slice of the shared corpus, or null (with a log line) when ../shared is absent. */
  private CorpusSlices.Slice corpusSlice(SparkSession spark) throws IOException {
    Path shared = SparkTests.shared();
    if (shared == null) {
      LOG.warn("../shared is absent: the cluster run reads the bundled sample only");
      return null;
    }
    return CorpusSlices.copy(
        spark,
        shared.resolve("corpus/ukraine-media"),
        dir.resolve("slice"),
        SLICE_STEP,
        SLICE_ARTICLES);
  }

  /**
   * Runs jobs/submit.sh against the cluster without a Spark install (SPARK_HOME unset) and returns
   * its standard output; fails with the end of its log when it fails or overruns.
   */
  private String submit(List<String> jobArguments) throws IOException, InterruptedException {
    Path out = dir.resolve("submit.out");
    Path log = dir.resolve("submit.log");
    List<String> command =
        new ArrayList<>(
            List.of(
                "bash",
                "jobs/submit.sh",
                "--conf",
                "spark.ui.enabled=false",
                "--executor-memory",
                "1g",
                "--"));
    command.addAll(jobArguments);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile());
    builder.environment().remove("SPARK_HOME");
    builder.environment().remove("SPARK_CONF_DIR");
    builder.environment().put("MASTER", cluster.masterUrl());
    builder.environment().put("FRONTLINE_JAVA_OPTS", "-Xmx1g");
    Process process = builder.start();
    if (!process.waitFor(SUBMIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError(
          "jobs/submit.sh did not finish within "
              + SUBMIT_TIMEOUT
              + "; the end of its log:\n"
              + LocalCluster.tail(log, 40));
    }
    String summary = Files.readString(out);
    LOG.info("the submitted run:\n{}", summary);
    assertThat(process.exitValue())
        .as("exit code; the end of the log:\n%s", LocalCluster.tail(log, 40))
        .isZero();
    return summary;
  }

  private static long count(String query) {
    return SparkTests.spark().sql(query).first().getLong(0);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
