package io.irplaybook.bench;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Closed-loop load: keep a fixed number of instances in flight, start a new one whenever one ends.
 * The engine's sustained jobs/s is then whatever it can process, not what the harness offers.
 */
final class ThroughputRun {

  record Result(
      int inFlight, ProgressSampler.Window window, long errors, int unfinished, String problem) {}

  /** No instance ending for this long means the engine stopped making progress. */
  private static final long STALL_SECONDS = 30;

  /**
   * Past this many failures the figures mean nothing; stop instead of hammering a broken engine.
   */
  private static final long MAX_ERRORS = 100;

  static Result run(EngineDriver driver, ProgressSampler sampler, BenchSettings settings)
      throws InterruptedException {
    int inFlight = settings.inFlight();
    var permits = new Semaphore(inFlight);
    long errorsBefore = driver.jobErrors.sum() + driver.instanceErrors.sum();
    long start = System.nanoTime();
    long measureFrom = start + settings.warmup().toNanos();
    long measureTo = measureFrom + settings.measure().toNanos();
    sampler.sampleAt(measureFrom);
    sampler.sampleAt(measureTo);
    String problem = null;
    sampler.phase("throughput warm-up");
    boolean measuring = false;
    while (System.nanoTime() < measureTo) {
      if (!measuring && System.nanoTime() >= measureFrom) {
        sampler.phase("throughput");
        measuring = true;
      }
      if (!permits.tryAcquire(STALL_SECONDS, TimeUnit.SECONDS)) {
        problem = "stalled: no instance ended for " + STALL_SECONDS + " s";
        break;
      }
      if (driver.jobErrors.sum() + driver.instanceErrors.sum() - errorsBefore > MAX_ERRORS) {
        problem = "stopped after " + MAX_ERRORS + " errors";
        permits.release();
        break;
      }
      driver.startInstance().whenComplete((result, error) -> permits.release());
    }
    sampler.phase("throughput drain");
    // Let the last instances finish so the latency run starts on an idle engine.
    int unfinished =
        permits.tryAcquire(inFlight, STALL_SECONDS, TimeUnit.SECONDS)
            ? 0
            : inFlight - permits.availablePermits();
    if (unfinished == 0) {
      permits.release(inFlight);
    }
    var window = sampler.window(measureFrom, measureTo);
    long errors = driver.jobErrors.sum() + driver.instanceErrors.sum() - errorsBefore;
    return new Result(inFlight, window, errors, unfinished, problem);
  }

  private ThroughputRun() {}
}
