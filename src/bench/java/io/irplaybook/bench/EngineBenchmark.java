package io.irplaybook.bench;

import io.irplaybook.engine.EmbeddedEngine;
import io.irplaybook.engine.EngineSettings;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;

/**
 * Benchmark of the embedded engine: a generated linear process of service tasks, auto-completing
 * Camunda-client workers, a closed-loop throughput run and an open-loop latency run at a fixed
 * rate, plus the database's raw commit rate as the ceiling to read them against.
 *
 * <p>Run with {@code ./mvnw -B -Pbench test-compile exec:java -Dbench.db=h2} (or {@code
 * postgresql}); every knob is a {@code -Dbench.*} property, see {@link BenchSettings} and
 * docs/benchmark.md.
 */
public final class EngineBenchmark {

  public static void main(String[] args) throws Exception {
    // The Quarkus test classpath brings JBoss LogManager, which complains when JUL starts without
    // it;
    // name it before anything logs (a no-op when the JVM's JUL is already up, as under exec:java).
    System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
    var settings = BenchSettings.fromSystemProperties();
    var startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    var environment = new LinkedHashMap<String, Object>();
    environment.put("cores", Runtime.getRuntime().availableProcessors());
    // The machine is shared: a figure taken under someone else's build is not the engine's alone.
    environment.put(
        "loadAverageAtStart",
        String.format(
            Locale.ROOT,
            "%.2f",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    environment.put(
        "java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    environment.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));

    section(
        "Benchmark on "
            + settings.db()
            + ": "
            + settings.tasks()
            + "-task linear process, "
            + settings.warmup().toSeconds()
            + " s warm-up + "
            + settings.measure().toSeconds()
            + " s per run");
    var process = new LinearProcess(settings.tasks(), settings.jobTypePerTask());
    ThroughputRun.Result throughput = null;
    LatencyRun.Result latency = null;
    CommitRateProbe.Result commits;
    CommitRateProbe.Result concurrentCommits = null;
    try (var db = BenchDatabase.open(settings)) {
      environment.put("database", db.description());
      environment.put("jdbcUrl", db.jdbcUrl());

      section(
          "Raw commit rate: 1-row insert + commit loop, "
              + settings.commitProbe().toSeconds()
              + " s each");
      commits = CommitRateProbe.run(db.dataSource(), settings.commitProbe(), 1);
      System.out.printf(
          Locale.ROOT,
          "  1 connection: %.0f commits/s (%.2f ms per commit)%n",
          commits.commitsPerSecond(),
          commits.meanCommitMicros() / 1000.0);
      if (settings.commitConnections() > 1) {
        concurrentCommits =
            CommitRateProbe.run(
                db.dataSource(), settings.commitProbe(), settings.commitConnections());
        System.out.printf(
            Locale.ROOT,
            "  %d connections: %.0f commits/s (%.2f ms per commit each)%n",
            settings.commitConnections(),
            concurrentCommits.commitsPerSecond(),
            concurrentCommits.meanCommitMicros() / 1000.0);
      }

      section("Starting the embedded engine");
      long t0 = System.nanoTime();
      var engine =
          EmbeddedEngine.start(
              EngineSettings.defaults(db.dataSource()).withPort(0).withRestPort(0));
      System.out.printf(
          Locale.ROOT,
          "  listening on port %d after %.1f s%n",
          engine.port(),
          (System.nanoTime() - t0) / 1e9);
      try (var driver = new EngineDriver(engine.port(), process, settings);
          var sampler = new ProgressSampler(driver)) {
        driver.deploy();
        // Enough activation room for every job of every in-flight instance, so worker credit is not
        // what limits the throughput run.
        driver.openWorkers(Math.max(32, settings.inFlight()));
        if (settings.runThroughput()) {
          section("Throughput: " + settings.inFlight() + " instances in flight");
          throughput = ThroughputRun.run(driver, sampler, settings);
        }
        if (settings.runLatency()) {
          section(
              String.format(
                  Locale.ROOT,
                  "Latency: %d jobs/s offered (%.1f instances/s)",
                  settings.jobRate(),
                  settings.instanceRate()));
          latency = LatencyRun.run(driver, sampler, settings);
        }
        var firstError = driver.firstError.get();
        if (firstError != null) {
          environment.put("firstError", firstError);
        }
      } finally {
        engine.close();
      }
    }

    var report =
        BenchReport.of(
            startedAt, environment, settings, commits, concurrentCommits, throughput, latency);
    section("Results (" + settings.db() + ", " + environment.get("database") + ")");
    System.out.print(report.console());
    for (var file : report.write(settings.outDir())) {
      System.out.println("Wrote " + file);
    }
  }

  private static void section(String title) {
    System.out.println();
    System.out.println("=== " + title + " ===");
  }

  private EngineBenchmark() {}
}
