package io.irplaybook.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run as a table (printed, and written as markdown for docs/benchmark.md) and as
 * JSON (for comparing runs by script). Targets are shown as PASS/FAIL, never asserted: on a shared
 * 2-core machine a miss is information to read, not a broken build.
 */
record BenchReport(
    String startedAt,
    Map<String, Object> environment,
    Map<String, Object> parameters,
    CommitRateProbe.Result rawCommits,
    CommitRateProbe.Result concurrentCommits,
    ThroughputRun.Result throughput,
    LatencyRun.Result latency,
    List<Row> table) {

  static final double TARGET_JOBS_PER_SECOND = 300;
  static final double TARGET_P99_MS = 100;

  record Row(String figure, String value, String target, String verdict) {}

  static BenchReport of(
      String startedAt,
      Map<String, Object> environment,
      BenchSettings settings,
      CommitRateProbe.Result commits,
      CommitRateProbe.Result concurrent,
      ThroughputRun.Result throughput,
      LatencyRun.Result latency) {
    var parameters = new LinkedHashMap<String, Object>();
    parameters.put("db", settings.db());
    parameters.put("measureSeconds", settings.measure().toSeconds());
    parameters.put("warmupSeconds", settings.warmup().toSeconds());
    parameters.put("tasks", settings.tasks());
    parameters.put("jobTypePerTask", settings.jobTypePerTask());
    parameters.put("inFlight", settings.inFlight());
    parameters.put("latencyJobRate", settings.jobRate());
    parameters.put("completion", settings.completion());
    parameters.put("poolSize", settings.poolSize());
    if (settings.db().equals("h2")) {
      parameters.put("h2Options", settings.h2Options());
    }

    var rows = new ArrayList<Row>();
    rows.add(
        new Row(
            "raw commits/s (1 connection, 1-row insert + commit)",
            fmt(commits.commitsPerSecond()),
            "",
            ""));
    rows.add(
        new Row(
            "  raw commit time, mean", fmt(commits.meanCommitMicros() / 1000.0) + " ms", "", ""));
    if (concurrent != null) {
      rows.add(
          new Row(
              "  raw commits/s, " + concurrent.connections() + " connections at once",
              fmt(concurrent.commitsPerSecond()),
              "",
              ""));
    }
    if (throughput != null) {
      var w = throughput.window();
      boolean ok =
          throughput.problem() == null
              && throughput.errors() == 0
              && w.jobsPerSecond() >= TARGET_JOBS_PER_SECOND;
      rows.add(
          new Row(
              "sustained jobs/s (" + throughput.inFlight() + " instances in flight)",
              fmt(w.jobsPerSecond()),
              ">= " + fmt(TARGET_JOBS_PER_SECOND),
              ok ? "PASS" : "FAIL"));
      rows.add(
          new Row(
              "  slowest / fastest 1-s window, jobs/s",
              fmt(w.slowestSecondJobs()) + " / " + fmt(w.fastestSecondJobs()),
              "",
              ""));
      rows.add(new Row("  instances/s", fmt(w.instancesPerSecond()), "", ""));
      rows.add(
          new Row(
              "  jobs/s as a share of raw commits/s",
              percent(w.jobsPerSecond() / commits.commitsPerSecond()),
              "",
              ""));
      rows.add(
          new Row(
              "  errors / unfinished",
              throughput.errors() + " / " + throughput.unfinished(),
              "0 / 0",
              throughput.errors() == 0 && throughput.unfinished() == 0 ? "PASS" : "FAIL"));
    }
    if (latency != null) {
      var at = " at " + fmt(latency.offeredJobsPerSecond()) + " jobs/s";
      boolean clean = latency.problem() == null && latency.errors() == 0;
      rows.add(new Row("instance latency p50" + at, fmt(latency.p50Ms()) + " ms", "", ""));
      rows.add(
          new Row(
              "instance latency p99" + at,
              fmt(latency.p99Ms()) + " ms",
              "< " + fmt(TARGET_P99_MS) + " ms",
              clean && latency.measuredInstances() > 0 && latency.p99Ms() < TARGET_P99_MS
                  ? "PASS"
                  : "FAIL"));
      rows.add(
          new Row(
              "  p90 / max / mean",
              fmt(latency.p90Ms())
                  + " / "
                  + fmt(latency.maxMs())
                  + " / "
                  + fmt(latency.meanMs())
                  + " ms",
              "",
              ""));
      rows.add(new Row("  achieved jobs/s", fmt(latency.window().jobsPerSecond()), "", ""));
      rows.add(
          new Row(
              "  instances measured / skipped",
              latency.measuredInstances() + " / " + latency.shed(),
              "",
              ""));
      rows.add(
          new Row(
              "  errors / unfinished",
              latency.errors() + " / " + latency.unfinished(),
              "0 / 0",
              latency.errors() == 0 && latency.unfinished() == 0 ? "PASS" : "FAIL"));
    }
    return new BenchReport(
        startedAt,
        environment,
        parameters,
        commits,
        concurrent,
        throughput,
        latency,
        List.copyOf(rows));
  }

  String markdown() {
    var out = new StringBuilder();
    out.append("Benchmark ")
        .append(parameters.get("db"))
        .append(" — ")
        .append(environment.get("database"))
        .append(", ")
        .append(environment.get("cores"))
        .append(" cores, load average at start ")
        .append(environment.get("loadAverageAtStart"))
        .append(", ")
        .append(startedAt)
        .append("\n\n");
    out.append("| figure | value | target | verdict |\n|---|---:|---|---|\n");
    for (var row : table) {
      out.append("| ")
          .append(row.figure().strip())
          .append(" | ")
          .append(row.value())
          .append(" | ")
          .append(row.target())
          .append(" | ")
          .append(row.verdict())
          .append(" |\n");
    }
    problems().forEach(p -> out.append("\n**Problem:** ").append(p).append('\n'));
    return out.toString();
  }

  /** A plain fixed-width table for the console, where markdown pipes are harder to read. */
  String console() {
    int width = table.stream().mapToInt(r -> r.figure().length()).max().orElse(10);
    int valueWidth = table.stream().mapToInt(r -> r.value().length()).max().orElse(10);
    var out = new StringBuilder();
    var rule = "-".repeat(width + valueWidth + 28) + "\n";
    out.append(rule)
        .append(
            String.format(
                "%-" + width + "s  %" + valueWidth + "s  %-12s %s%n",
                "figure",
                "value",
                "target",
                "verdict"))
        .append(rule);
    for (var row : table) {
      out.append(
          String.format(
              "%-" + width + "s  %" + valueWidth + "s  %-12s %s%n",
              row.figure(),
              row.value(),
              row.target(),
              row.verdict()));
    }
    out.append(rule);
    problems().forEach(p -> out.append("Problem: ").append(p).append('\n'));
    return out.toString();
  }

  List<String> problems() {
    var problems = new ArrayList<String>();
    if (throughput != null && throughput.problem() != null) {
      problems.add("throughput run: " + throughput.problem());
    }
    if (latency != null && latency.problem() != null) {
      problems.add("latency run: " + latency.problem());
    }
    var firstError = environment.get("firstError");
    if (firstError != null) {
      problems.add("first error: " + firstError);
    }
    return problems;
  }

  /**
   * Writes results-DB.json and results-DB.md (the latest run per database) into the output folder.
   */
  List<Path> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    var db = parameters.get("db");
    var json = dir.resolve("results-" + db + ".json");
    var md = dir.resolve("results-" + db + ".md");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), this);
    Files.writeString(md, markdown());
    return List.of(json, md);
  }

  private static String fmt(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "n/a";
    }
    // Three significant figures or so: enough to compare runs, no false precision.
    String pattern = value >= 100 ? "%.0f" : value >= 1 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, pattern, value);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f %%", share * 100);
  }
}
