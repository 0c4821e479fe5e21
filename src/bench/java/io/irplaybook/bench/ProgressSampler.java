package io.irplaybook.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the completion counters once a second. Rates are then taken between samples, so the
 * window edges are exact whatever the load loop is blocked on, and the slowest second shows whether
 * a rate was sustained or only averaged.
 */
final class ProgressSampler implements AutoCloseable {

  record Sample(long nanos, long jobs, long instances) {}

  /**
   * Rates over a window [from, to] in nanoTime: from the first sample at or after {@code from} to
   * the first at or after {@code to}. A loaded machine runs the boundary samples late; the rate is
   * still right because it is divided by the time actually between the samples.
   */
  record Window(
      double seconds,
      long jobs,
      long instances,
      double jobsPerSecond,
      double instancesPerSecond,
      double slowestSecondJobs,
      double fastestSecondJobs) {}

  private final EngineDriver driver;
  private final List<Sample> samples = new ArrayList<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            var thread = new Thread(runnable, "bench-sampler");
            thread.setDaemon(true);
            return thread;
          });

  ProgressSampler(EngineDriver driver) {
    this.driver = driver;
    sample();
    timer.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
  }

  private volatile String phase = "idle";
  private Sample lastProgress;

  /**
   * Takes an extra sample at this nanoTime, so a measured window starts and ends exactly on time.
   */
  void sampleAt(long nanos) {
    timer.schedule(this::sample, Math.max(0, nanos - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  /** Names what is running, for the progress line printed every five seconds. */
  void phase(String name) {
    phase = name;
  }

  private synchronized void sample() {
    var sample =
        new Sample(System.nanoTime(), driver.jobsCompleted.sum(), driver.instancesCompleted.sum());
    samples.add(sample);
    if (lastProgress == null) {
      lastProgress = sample;
    } else if (sample.nanos() - lastProgress.nanos() >= 4_900_000_000L) {
      var before = lastProgress;
      lastProgress = sample;
      double rate = (sample.jobs() - before.jobs()) / ((sample.nanos() - before.nanos()) / 1e9);
      System.out.printf(
          "  [%s] %.0f jobs/s over the last 5 s, %d jobs completed, %d errors%n",
          phase, rate, sample.jobs(), driver.jobErrors.sum() + driver.instanceErrors.sum());
    }
  }

  synchronized Window window(long fromNanos, long toNanos) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < samples.size() && to < 0; i++) {
      long at = samples.get(i).nanos();
      if (from < 0 && at >= fromNanos) {
        from = i;
      }
      if (at >= toNanos) {
        to = i;
      }
    }
    if (to < 0) {
      // Asked before the end sample was taken: the window ends at the newest sample.
      to = samples.size() - 1;
    }
    var inside = from < 0 || to <= from ? List.<Sample>of() : samples.subList(from, to + 1);
    if (inside.size() < 2) {
      return new Window(0, 0, 0, 0, 0, 0, 0);
    }
    var first = inside.get(0);
    var last = inside.get(inside.size() - 1);
    double seconds = (last.nanos() - first.nanos()) / 1e9;
    double slowest = Double.MAX_VALUE;
    double fastest = 0;
    var a = first;
    for (var b : inside) {
      // Boundary samples can fall a few milliseconds from a regular one; such slivers would make
      // wild per-second rates, so intervals are merged until they span most of a second.
      if (b.nanos() - a.nanos() >= 900_000_000L) {
        double rate = (b.jobs() - a.jobs()) / ((b.nanos() - a.nanos()) / 1e9);
        slowest = Math.min(slowest, rate);
        fastest = Math.max(fastest, rate);
        a = b;
      }
    }
    if (slowest == Double.MAX_VALUE) {
      slowest = fastest = jobs(first, last) / seconds;
    }
    long jobs = jobs(first, last);
    long instances = last.instances() - first.instances();
    return new Window(
        seconds, jobs, instances, jobs / seconds, instances / seconds, slowest, fastest);
  }

  private static long jobs(Sample from, Sample to) {
    return to.jobs() - from.jobs();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
