package io.irplaybook.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * Open-loop load at a fixed rate: instances start on a fixed schedule whether or not earlier ones
 * have ended, as incidents arrive in real life. Latency is taken from each instance's scheduled
 * start, not its actual send, so a stalled harness or engine shows up in the figures instead of
 * hiding (coordinated omission).
 */
final class LatencyRun {

  record Result(
      double offeredJobsPerSecond,
      double instancesPerSecond,
      ProgressSampler.Window window,
      long measuredInstances,
      double p50Ms,
      double p90Ms,
      double p99Ms,
      double maxMs,
      double meanMs,
      long shed,
      long errors,
      int unfinished,
      String problem) {}

  private static final long DRAIN_SECONDS = 60;

  /** Latencies are recorded in microseconds up to this bound; anything slower is clamped to it. */
  private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(2);

  static Result run(EngineDriver driver, ProgressSampler sampler, BenchSettings settings)
      throws InterruptedException {
    double rate = settings.instanceRate();
    long periodNanos = (long) (1e9 / rate);
    // Bound the backlog to 30 s of arrivals: an engine slower than the offered rate must not make
    // the
    // harness pile up requests without end.
    int maxInFlight = (int) Math.max(100, rate * 30);
    var histogram = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    var inFlight = new AtomicInteger();
    var shed = new LongAdder();
    long errorsBefore = driver.jobErrors.sum() + driver.instanceErrors.sum();

    long start = System.nanoTime();
    long measureFrom = start + settings.warmup().toNanos();
    long measureTo = measureFrom + settings.measure().toNanos();
    sampler.sampleAt(measureFrom);
    sampler.sampleAt(measureTo);
    sampler.phase("latency warm-up");
    boolean measuring = false;
    for (long i = 0; ; i++) {
      long scheduled = start + i * periodNanos;
      if (scheduled >= measureTo) {
        break;
      }
      long wait;
      while ((wait = scheduled - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      if (!measuring && scheduled >= measureFrom) {
        sampler.phase("latency");
        measuring = true;
      }
      if (inFlight.get() >= maxInFlight) {
        shed.increment();
        continue;
      }
      inFlight.incrementAndGet();
      boolean measured = scheduled >= measureFrom;
      driver
          .startInstance()
          .whenComplete(
              (result, error) -> {
                inFlight.decrementAndGet();
                if (error == null && measured) {
                  long micros = (System.nanoTime() - scheduled) / 1_000;
                  histogram.recordValue(Math.min(micros, HIGHEST_MICROS));
                }
              });
    }
    // The last start is up to one period before the window's end; the window still lasts its full
    // time.
    long wait;
    while ((wait = measureTo - System.nanoTime()) > 0) {
      LockSupport.parkNanos(wait);
    }
    sampler.phase("latency drain");
    long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS);
    while (inFlight.get() > 0 && System.nanoTime() < drainUntil) {
      Thread.sleep(20);
    }
    var window = sampler.window(measureFrom, measureTo);
    long errors = driver.jobErrors.sum() + driver.instanceErrors.sum() - errorsBefore;
    int unfinished = inFlight.get();
    String problem =
        unfinished > 0
            ? unfinished + " instances had not ended " + DRAIN_SECONDS + " s after the run"
            : shed.sum() > 0
                ? "the engine fell behind the offered rate; "
                    + shed.sum()
                    + " scheduled starts were skipped"
                : null;
    return new Result(
        settings.jobRate(),
        rate,
        window,
        histogram.getTotalCount(),
        ms(histogram.getValueAtPercentile(50)),
        ms(histogram.getValueAtPercentile(90)),
        ms(histogram.getValueAtPercentile(99)),
        ms(histogram.getMaxValue()),
        histogram.getMean() / 1000.0,
        shed.sum(),
        errors,
        unfinished,
        problem);
  }

  private static double ms(long micros) {
    return micros / 1000.0;
  }

  private LatencyRun() {}
}
