package io.irplaybook.audit.service;

import io.irplaybook.audit.AuditCheckpointed;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code irp_audit_last_checkpoint_age_seconds}: how long ago this replica anchored the audit chain
 * outside the database. A growing age means the checkpoint sink stopped taking writes, and records
 * since then are not yet protected against a cut tail. NaN until this replica wrote one (another
 * replica may have anchored the head first: alert on the minimum over replicas).
 */
@ApplicationScoped
class CheckpointMetrics {

  private final AtomicReference<Instant> last = new AtomicReference<>();
  private final MeterRegistry registry;
  private final Clock clock;

  CheckpointMetrics(MeterRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  void register(@Observes StartupEvent event) {
    Gauge.builder("irp.audit.last.checkpoint.age", last, this::ageSeconds)
        .description(
            "Seconds since this replica last anchored the audit chain outside the database")
        .baseUnit("seconds")
        .register(registry);
  }

  void checkpointed(@Observes AuditCheckpointed checkpoint) {
    last.accumulateAndGet(checkpoint.createdAt(), (a, b) -> a == null || b.isAfter(a) ? b : a);
  }

  private double ageSeconds(AtomicReference<Instant> at) {
    Instant t = at.get();
    return t == null ? Double.NaN : Duration.between(t, clock.instant()).toMillis() / 1000.0;
  }
}
