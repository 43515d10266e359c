package org.frontline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A real Spark standalone cluster on this machine: one master and one worker on 127.0.0.1, run from
 * the jars of the build, for trying spark-submit against a cluster ({@code jobs/cluster-local.sh})
 * and for the cluster integration test.
 *
 * <p>The worker starts executors through Spark's launcher, which needs a SPARK_HOME whose {@code
 * jars/} folder holds Spark and which has a {@code RELEASE} file; the cluster's folder gets one,
 * linking the jars listed in {@code target/spark-classpath.txt}. The folder also holds the logs of
 * the daemons ({@code logs/}), the executors' work folders with their logs ({@code work/}) and the
 * state of a running cluster ({@code cluster.properties}: process ids and addresses), so stop and
 * status find it again. Everything listens on loopback only: the daemons, their web UIs and the
 * executors, which inherit SPARK_LOCAL_IP from the worker.
 */
public final class LocalCluster {
  static final String LOOPBACK = "127.0.0.1";
  private static final String MASTER_CLASS = "org.apache.spark.deploy.master.Master";
  private static final String WORKER_CLASS = "org.apache.spark.deploy.worker.Worker";
  private static final String STATE_FILE = "cluster.properties";
  private static final Duration POLL = Duration.ofMillis(500);

  /**
   * What to start.
   *
   * @param dir the cluster's folder
   * @param sparkClasspath the file listing Spark's jars (target/spark-classpath.txt)
   * @param masterPort the port of the master's spark:// URL
   * @param masterUiPort the port of the master's web UI (its JSON state too)
   * @param workerUiPort the port of the worker's web UI
   * @param workerCores cores the worker offers to executors
   * @param workerMemory memory the worker offers to executors, as Spark writes it ({@code 2g})
   */
  public record Settings(
      Path dir,
      Path sparkClasspath,
      int masterPort,
      int masterUiPort,
      int workerUiPort,
      int workerCores,
      String workerMemory) {}

  /** An application as the master lists it. */
  public record App(String id, String name, String state) {}

  /** What the master says about itself, from the JSON of its web UI. */
  public record MasterState(
      String status,
      int aliveWorkers,
      int cores,
      int memoryMb,
      List<App> activeApps,
      List<App> completedApps) {}

  private final Path dir;
  private final Properties state;

  private LocalCluster(Path dir, Properties state) {
    this.dir = dir;
    this.state = state;
  }

  /** The cluster last started in {@code dir}, if its state is there (its processes may be gone). */
  public static Optional<LocalCluster> in(Path dir) {
    Path file = dir.resolve(STATE_FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties state = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      state.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return Optional.of(new LocalCluster(dir, state));
  }

  /**
   * Starts a master and a worker and waits until the worker has registered. A cluster already
   * running in the folder is returned as it is; on failure or timeout what was started is stopped
   * and the exception carries the end of the daemon's log.
   */
  public static LocalCluster start(Settings settings, Duration timeout)
      throws IOException, InterruptedException, TimeoutException {
    Optional<LocalCluster> existing = in(settings.dir());
    if (existing.isPresent() && existing.get().isMasterAlive()) {
      return existing.get();
    }
    existing.ifPresent(stale -> stale.stop(Duration.ofSeconds(10)));
    Path dir = settings.dir().toAbsolutePath();
    Path sparkHome = sparkHome(dir.resolve("spark-home"), settings.sparkClasspath());
    Path logs = Files.createDirectories(dir.resolve("logs"));
    // Each app leaves a copy of its jar there; a new cluster starts without the last one's.
    Path work = dir.resolve("work");
    deleteRecursively(work);
    Files.createDirectories(work);
    String masterUrl = "spark://" + LOOPBACK + ":" + settings.masterPort();

    Properties state = new Properties();
    state.setProperty("master.url", masterUrl);
    state.setProperty("master.ui", "http://" + LOOPBACK + ":" + settings.masterUiPort());
    state.setProperty("worker.ui", "http://" + LOOPBACK + ":" + settings.workerUiPort());
    state.setProperty("logs", logs.toString());
    LocalCluster cluster = new LocalCluster(dir, state);
    Instant deadline = Instant.now().plus(timeout);
    try {
      Process master =
          daemon(
              sparkHome,
              logs.resolve("master.log"),
              MASTER_CLASS,
              "--host",
              LOOPBACK,
              "--port",
              String.valueOf(settings.masterPort()),
              "--webui-port",
              String.valueOf(settings.masterUiPort()));
      state.setProperty("master.pid", String.valueOf(master.pid()));
      cluster.saveState();
      cluster.awaitMaster(deadline, s -> true, logs.resolve("master.log"));

      Process worker =
          daemon(
              sparkHome,
              logs.resolve("worker.log"),
              WORKER_CLASS,
              "--host",
              LOOPBACK,
              "--webui-port",
              String.valueOf(settings.workerUiPort()),
              "--cores",
              String.valueOf(settings.workerCores()),
              "--memory",
              settings.workerMemory(),
              "--work-dir",
              work.toString(),
              masterUrl);
      state.setProperty("worker.pid", String.valueOf(worker.pid()));
      cluster.saveState();
      cluster.awaitMaster(deadline, s -> s.aliveWorkers() > 0, logs.resolve("worker.log"));
      return cluster;
    } catch (IOException | InterruptedException | TimeoutException | RuntimeException e) {
      cluster.stop(Duration.ofSeconds(10));
      throw e;
    }
  }

  public String masterUrl() {
    return state.getProperty("master.url");
  }

  public String masterUi() {
    return state.getProperty("master.ui");
  }

  public String workerUi() {
    return state.getProperty("worker.ui");
  }

  public Path logs() {
    return Path.of(state.getProperty("logs"));
  }

  /** The executors' work folders: {@code <app id>/<executor id>/stderr} holds an executor's log. */
  public Path work() {
    return dir.resolve("work");
  }

  public boolean isMasterAlive() {
    return process("master.pid", MASTER_CLASS).isPresent();
  }

  public boolean isWorkerAlive() {
    return process("worker.pid", WORKER_CLASS).isPresent();
  }

  /** The master's state, or empty when its web UI does not answer. */
  public Optional<MasterState> masterState() throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(masterUi() + "/json/"))
            .timeout(Duration.ofSeconds(5))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        return Optional.empty();
      }
      JsonNode json = new ObjectMapper().readTree(response.body());
      return Optional.of(
          new MasterState(
              json.path("status").asText(),
              json.path("aliveworkers").asInt(),
              json.path("cores").asInt(),
              json.path("memory").asInt(),
              apps(json.path("activeapps")),
              apps(json.path("completedapps"))));
    } catch (IOException e) {
      // Not listening (yet, or any more).
      return Optional.empty();
    }
  }

  /**
   * Stops the worker (with the executors it started) and then the master: SIGTERM, and SIGKILL for
   * whatever has not exited within {@code timeout}. Only processes whose command line is the
   * recorded daemon's are signalled, so a reused process id is never hit.
   */
  public void stop(Duration timeout) {
    Optional<ProcessHandle> worker = process("worker.pid", WORKER_CLASS);
    List<ProcessHandle> executors = worker.map(w -> w.descendants().toList()).orElse(List.of());
    worker.ifPresent(w -> terminate(w, timeout));
    executors.forEach(executor -> terminate(executor, timeout));
    process("master.pid", MASTER_CLASS).ifPresent(m -> terminate(m, timeout));
    try {
      Files.deleteIfExists(dir.resolve(STATE_FILE));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove " + dir.resolve(STATE_FILE), e);
    }
  }

  /** The last lines of a log, for error messages. */
  public static String tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  private void awaitMaster(Instant deadline, Predicate<MasterState> ready, Path log)
      throws InterruptedException, TimeoutException {
    while (Instant.now().isBefore(deadline)) {
      if (!isMasterAlive() || (state.containsKey("worker.pid") && !isWorkerAlive())) {
        throw new IllegalStateException(
            "A Spark daemon exited; the end of " + log + ":\n" + tail(log, 30));
      }
      Optional<MasterState> master = masterState();
      if (master.isPresent() && "ALIVE".equals(master.get().status()) && ready.test(master.get())) {
        return;
      }
      Thread.sleep(POLL.toMillis());
    }
    throw new TimeoutException(
        "The local Spark cluster did not come up in time; the end of "
            + log
            + ":\n"
            + tail(log, 30));
  }

  private Optional<ProcessHandle> process(String key, String mainClass) {
    String pid = state.getProperty(key);
    if (pid == null) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(pid))
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().map(line -> line.contains(mainClass)).orElse(false));
  }

  private static void terminate(ProcessHandle process, Duration timeout) {
    process.destroy();
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void saveState() throws IOException {
    try (Writer out = Files.newBufferedWriter(dir.resolve(STATE_FILE))) {
      state.store(out, "A local Spark standalone cluster (jobs/cluster-local.sh)");
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** A SPARK_HOME as Spark's launcher expects it, its jars/ linking Spark's jars of the build. */
  private static Path sparkHome(Path home, Path sparkClasspath) throws IOException {
    if (!Files.isRegularFile(sparkClasspath)) {
      throw new IllegalArgumentException(
          sparkClasspath + " does not exist: build the project first (mvn package)");
    }
    // Relinked on every start, so the cluster runs the Spark of the current build.
    Path jars = home.resolve("jars");
    deleteRecursively(jars);
    Files.createDirectories(jars);
    for (String jar : Files.readString(sparkClasspath).strip().split(File.pathSeparator)) {
      Path target = Path.of(jar);
      Files.createSymbolicLink(jars.resolve(target.getFileName()), target);
    }
    Files.writeString(
        home.resolve("RELEASE"),
        "Spark "
            + org.apache.spark.package$.MODULE$.SPARK_VERSION()
            + " (Spark's jars from Frontline's Maven build)\n");
    return home;
  }

  private static Process daemon(Path sparkHome, Path log, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()));
    // A busy port fails the daemon instead of moving it to the next port behind our back.
    command.add("-Dspark.port.maxRetries=0");
    // spark-submit reaches the master over its RPC port; the REST gateway would be one more port.
    command.add("-Dspark.master.rest.enabled=false");
    command.add("-cp");
    command.add(sparkHome.resolve("jars") + File.separator + "*");
    command.add(mainClass);
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().remove("SPARK_CONF_DIR");
    builder.environment().put("SPARK_HOME", sparkHome.toString());
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    builder.environment().put("SPARK_LOCAL_IP", LOOPBACK);
    builder.environment().put("SPARK_PUBLIC_DNS", LOOPBACK);
    return builder.start();
  }

  private static List<App> apps(JsonNode array) {
    List<App> apps = new ArrayList<>();
    for (JsonNode app : array) {
      apps.add(
          new App(app.path("id").asText(), app.path("name").asText(), app.path("state").asText()));
    }
    return apps;
  }
}
