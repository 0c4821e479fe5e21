package io.irplaybook.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the completion counters once a second. Rates are then taken between samples, so the
 * window edges are exact whatever the load loop is blocked on, and the slowest second shows whether a
 * rate was sustained or only averaged.
 */
final class ProgressSampler implements AutoCloseable {

  record Sample(long nanos, long jobs, long instances) {}

  /** Rates over a window [from, to] in nanoTime, from the samples nearest inside it. */
  record Window(double seconds, long jobs, long instances, double jobsPerSecond, double instancesPerSecond,
      double slowestSecondJobs, double fastestSecondJobs) {}

  private final EngineDriver driver;
  private final List<Sample> samples = new ArrayList<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
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

  /** Names what is running, for the progress line printed every five seconds. */
  void phase(String name) {
    phase = name;
  }

  private synchronized void sample() {
    var sample = new Sample(System.nanoTime(), driver.jobsCompleted.sum(), driver.instancesCompleted.sum());
    samples.add(sample);
    int n = samples.size();
    if (n > 5 && n % 5 == 1) {
      var before = samples.get(n - 6);
      double rate = (sample.jobs() - before.jobs()) / ((sample.nanos() - before.nanos()) / 1e9);
      System.out.printf("  [%s] %.0f jobs/s over the last 5 s, %d jobs completed, %d errors%n",
          phase, rate, sample.jobs(), driver.jobErrors.sum() + driver.instanceErrors.sum());
    }
  }

  synchronized Window window(long fromNanos, long toNanos) {
    var inside = samples.stream().filter(s -> s.nanos() >= fromNanos && s.nanos() <= toNanos).toList();
    if (inside.size() < 2) {
      return new Window(0, 0, 0, 0, 0, 0, 0);
    }
    var first = inside.get(0);
    var last = inside.get(inside.size() - 1);
    double seconds = (last.nanos() - first.nanos()) / 1e9;
    double slowest = Double.MAX_VALUE;
    double fastest = 0;
    for (int i = 1; i < inside.size(); i++) {
      var a = inside.get(i - 1);
      var b = inside.get(i);
      double rate = (b.jobs() - a.jobs()) / ((b.nanos() - a.nanos()) / 1e9);
      slowest = Math.min(slowest, rate);
      fastest = Math.max(fastest, rate);
    }
    long jobs = last.jobs() - first.jobs();
    long instances = last.instances() - first.instances();
    return new Window(seconds, jobs, instances, jobs / seconds, instances / seconds, slowest, fastest);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
