package org.frontline.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;

/**
 * The command line of {@code jobs/cluster-local.sh}: start, stop and status of a {@link
 * LocalCluster}. Exit codes: 0 done (status: running), 1 failed, 2 wrong command line, 3 status:
 * not running.
 */
@Command(
    name = "cluster-local",
    mixinStandardHelpOptions = true,
    description = "A Spark standalone master and worker on 127.0.0.1, run from the build's jars.",
    subcommands = {
      LocalClusterCommand.Start.class,
      LocalClusterCommand.Stop.class,
      LocalClusterCommand.Status.class
    })
public final class LocalClusterCommand {
  static final int NOT_RUNNING = 3;

  @Option(
      names = "--dir",
      scope = ScopeType.INHERIT,
      defaultValue = "${env:FRONTLINE_HOME:-.}/target/local-cluster",
      paramLabel = "DIR",
      description = "The cluster's folder: logs, work, state (default ${DEFAULT-VALUE}).")
  Path dir;

  @Option(
      names = "--spark-classpath",
      scope = ScopeType.INHERIT,
      defaultValue = "${env:FRONTLINE_HOME:-.}/target/spark-classpath.txt",
      paramLabel = "FILE",
      description =
          "The file listing Spark's jars, written by mvn package (default ${DEFAULT-VALUE}).")
  Path sparkClasspath;

  public static void main(String[] args) {
    System.exit(Frontline.execute(new LocalClusterCommand(), args));
  }

  @Command(
      name = "start",
      mixinStandardHelpOptions = true,
      description = "Starts the master and a worker and waits until the worker has registered.")
  static final class Start implements Callable<Integer> {
    @ParentCommand LocalClusterCommand parent;

    @Option(
        names = "--port",
        defaultValue = "7077",
        description = "Port of the master URL (default ${DEFAULT-VALUE}).")
    int port;

    @Option(
        names = "--ui-port",
        defaultValue = "8080",
        description = "Port of the master's web UI (default ${DEFAULT-VALUE}).")
    int uiPort;

    @Option(
        names = "--worker-ui-port",
        defaultValue = "8081",
        description = "Port of the worker's web UI (default ${DEFAULT-VALUE}).")
    int workerUiPort;

    @Option(
        names = "--cores",
        description = "Cores the worker offers (default: all of this machine's).")
    Integer cores;

    @Option(
        names = "--memory",
        defaultValue = "3g",
        description = "Memory the worker offers to executors (default ${DEFAULT-VALUE}).")
    String memory;

    @Option(
        names = "--timeout",
        defaultValue = "90",
        description = "Seconds to wait for the cluster (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
      LocalCluster cluster =
          LocalCluster.start(
              new LocalCluster.Settings(
                  parent.dir,
                  parent.sparkClasspath,
                  port,
                  uiPort,
                  workerUiPort,
                  cores == null ? Runtime.getRuntime().availableProcessors() : cores,
                  memory),
              Duration.ofSeconds(timeoutSeconds));
      return report(cluster);
    }
  }

  @Command(
      name = "stop",
      mixinStandardHelpOptions = true,
      description = "Stops the worker, its executors and the master.")
  static final class Stop implements Callable<Integer> {
    @ParentCommand LocalClusterCommand parent;

    @Option(
        names = "--timeout",
        defaultValue = "30",
        description =
            "Seconds before a daemon that ignores SIGTERM is killed (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() {
      Optional<LocalCluster> cluster = LocalCluster.in(parent.dir);
      if (cluster.isEmpty()) {
        System.out.println("No local cluster in " + parent.dir);
        return 0;
      }
      cluster.get().stop(Duration.ofSeconds(timeoutSeconds));
      System.out.println("Stopped the local cluster " + cluster.get().masterUrl());
      return 0;
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "Prints the master URL, workers, web UIs and applications; exit 3 when down.")
  static final class Status implements Callable<Integer> {
    @ParentCommand LocalClusterCommand parent;

    @Override
    public Integer call() throws InterruptedException {
      Optional<LocalCluster> cluster = LocalCluster.in(parent.dir);
      if (cluster.isEmpty() || !cluster.get().isMasterAlive()) {
        System.out.println("No local cluster running in " + parent.dir);
        return NOT_RUNNING;
      }
      return report(cluster.get());
    }
  }

  private static int report(LocalCluster cluster) throws InterruptedException {
    Optional<LocalCluster.MasterState> state = cluster.masterState();
    if (state.isEmpty()) {
      System.out.println("The master of " + cluster.masterUrl() + " does not answer");
      return NOT_RUNNING;
    }
    LocalCluster.MasterState master = state.get();
    System.out.printf(
        "Spark master %s: %s, %d worker(s) alive, %d cores, %,d MiB for executors%n",
        cluster.masterUrl(),
        master.status(),
        master.aliveWorkers(),
        master.cores(),
        master.memoryMb());
    System.out.println("  web UIs   " + cluster.masterUi() + " (master), " + cluster.workerUi());
    System.out.println("  logs      " + cluster.logs() + ", executors' in " + cluster.work());
    System.out.println(
        "  apps      "
            + master.activeApps().size()
            + " running, "
            + master.completedApps().size()
            + " completed");
    System.out.println(
        "  submit    MASTER=" + cluster.masterUrl() + " jobs/submit.sh --input DIR --output DIR");
    return 0;
  }
}
