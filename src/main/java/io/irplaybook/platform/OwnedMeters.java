package io.irplaybook.platform;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The meters one bean registered whose values it computes (gauges, function timers). They are
 * removed when the application stops: the registry can outlive the application (tests restart
 * Quarkus in one JVM), and a gauge left behind would call into beans of a stopped application at
 * the next scrape.
 */
public final class OwnedMeters {

  private final MeterRegistry registry;
  private final List<Meter> meters = new ArrayList<>();

  public OwnedMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  public synchronized <M extends Meter> M add(M meter) {
    meters.add(meter);
    return meter;
  }

  public synchronized void removeAll() {
    meters.forEach(registry::remove);
    meters.clear();
  }
}
