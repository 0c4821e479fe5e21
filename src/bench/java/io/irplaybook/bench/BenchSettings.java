package io.irplaybook.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The benchmark's knobs, read from {@code -Dbench.*} system properties so one Maven command line
 * carries them into {@code exec:java} (which runs in the Maven JVM and sees its system properties).
 *
 * @param db {@code h2} (file under target/bench) or {@code postgresql}
 * @param jdbcUrl overrides the default URL for the chosen database (another server, another file)
 * @param h2Options appended to the generated H2 URL; the default mirrors the service's own URL,
 *     whose {@code WRITE_DELAY=0} makes H2 write every commit before acknowledging it (without it
 *     H2 loses up to half a second of acknowledged commits on kill -9, and its commit rate means
 *     nothing)
 * @param pgUser PostgreSQL user (trust auth assumed, as in CI)
 * @param modes which runs to do: {@code throughput}, {@code latency} or {@code both}
 * @param measure measured window of each run
 * @param warmup run before each measured window, discarded (JIT, pool and cache warm-up)
 * @param jobRate jobs per second offered in the latency run (instances/s = jobRate / tasks)
 * @param inFlight instances kept in flight in the throughput run
 * @param tasks service tasks in the generated linear process
 * @param jobTypePerTask one job type (and worker) per task, as a real playbook has; false = one
 *     shared type
 * @param completion how an instance's end is observed: {@code result}
 *     (CreateProcessInstanceWithResult) or {@code lastjob} (acknowledged completion of the last
 *     task's job)
 * @param commitProbe how long each raw insert+commit loop runs
 * @param commitConnections connections of the second, concurrent commit loop (0 skips it)
 * @param poolSize maximum connections in the DataSource the engine and the probe share
 * @param keepData keep the PostgreSQL schema / H2 file after the run for inspection
 * @param outDir where the JSON and markdown reports go
 */
record BenchSettings(
    String db,
    String jdbcUrl,
    String h2Options,
    String pgUser,
    String modes,
    Duration measure,
    Duration warmup,
    int jobRate,
    int inFlight,
    int tasks,
    boolean jobTypePerTask,
    String completion,
    Duration commitProbe,
    int commitConnections,
    int poolSize,
    boolean keepData,
    Path outDir) {

  static BenchSettings fromSystemProperties() {
    var db = str("bench.db", "h2").toLowerCase(Locale.ROOT);
    if (!db.equals("h2") && !db.equals("postgresql")) {
      throw new IllegalArgumentException(
          "Expected -Dbench.db to be h2 or postgresql, but it is '" + db + "'");
    }
    var modes = str("bench.modes", "both");
    if (!modes.matches("both|throughput|latency")) {
      throw new IllegalArgumentException(
          "Expected -Dbench.modes to be both, throughput or latency, but it is '" + modes + "'");
    }
    var completion = str("bench.completion", "result");
    if (!completion.matches("result|lastjob")) {
      throw new IllegalArgumentException(
          "Expected -Dbench.completion to be result or lastjob, but it is '" + completion + "'");
    }
    var settings =
        new BenchSettings(
            db,
            str("bench.jdbcUrl", ""),
            str("bench.h2Options", ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"),
            str("bench.pgUser", "postgres"),
            modes,
            Duration.ofSeconds(integer("bench.seconds", 60)),
            Duration.ofSeconds(integer("bench.warmupSeconds", 15, 0)),
            integer("bench.rate", 100),
            integer("bench.inflight", 32),
            integer("bench.tasks", 10),
            Boolean.parseBoolean(str("bench.jobTypePerTask", "true")),
            completion,
            Duration.ofSeconds(integer("bench.commitSeconds", 5)),
            integer("bench.commitConnections", 8, 0),
            integer("bench.poolSize", 16),
            Boolean.parseBoolean(str("bench.keepData", "false")),
            Path.of(str("bench.outDir", "target/bench")).toAbsolutePath());
    if (settings.jobRate() < settings.tasks()) {
      throw new IllegalArgumentException(
          "Expected -Dbench.rate to be at least one instance per second ("
              + settings.tasks()
              + " jobs/s), but it is "
              + settings.jobRate());
    }
    return settings;
  }

  boolean runThroughput() {
    return !modes.equals("latency");
  }

  boolean runLatency() {
    return !modes.equals("throughput");
  }

  /** Process instances per second offered in the latency run. */
  double instanceRate() {
    return (double) jobRate / tasks;
  }

  private static String str(String key, String fallback) {
    var value = System.getProperty(key);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static int integer(String key, int fallback) {
    return integer(key, fallback, 1);
  }

  private static int integer(String key, int fallback, int min) {
    var value = str(key, Integer.toString(fallback));
    try {
      int parsed = Integer.parseInt(value);
      if (parsed < min) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Expected -D" + key + " to be a whole number >= " + min + ", but it is '" + value + "'");
    }
  }
}
