package io.irplaybook.notify.service;

import io.irplaybook.notify.Notification;
import io.irplaybook.platform.CachedReading;
import io.irplaybook.platform.MetricsConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * "Are notices stuck?": the outbox's depth ({@code irp_outbox_pending}), the age of its oldest
 * undelivered row ({@code irp_outbox_oldest_pending_age_seconds}), dead letters ({@code
 * irp_outbox_dead}) and every attempt's outcome ({@code irp_notify_deliveries_total{outcome}}). The
 * gauges read the shared table (aggregate replicas with max); the counter is per replica (sum).
 */
@ApplicationScoped
class OutboxMetrics {

  /** What one reading of the outbox found. */
  record Reading(long pending, long dead, Instant oldestPending) {}

  private final MeterRegistry registry;
  private final Clock clock;
  private final CachedReading<Reading> reading;

  OutboxMetrics(MeterRegistry registry, MetricsConfig config, Clock clock) {
    this.registry = registry;
    this.clock = clock;
    this.reading = new CachedReading<>(OutboxMetrics::read, config.cacheTtl(), clock);
  }

  void register(@Observes StartupEvent event) {
    Gauge.builder("irp.outbox.pending", reading, r -> r.get().pending())
        .description("Notifications waiting to be delivered (pending or being sent)")
        .register(registry);
    Gauge.builder("irp.outbox.dead", reading, r -> r.get().dead())
        .description("Notifications dead-lettered: an operator must retry or drop them")
        .register(registry);
    Gauge.builder("irp.outbox.oldest.pending.age", reading, r -> oldestAge(r.get()))
        .description("Seconds since the oldest undelivered notification was queued; 0 when none")
        .baseUnit("seconds")
        .register(registry);
    for (DeliveryResult.Outcome outcome : DeliveryResult.Outcome.values()) {
      delivered(outcome); // every outcome's series exists from the start, at 0
    }
  }

  /** Counts one delivery attempt by its outcome. */
  void attempted(DeliveryResult.Outcome outcome) {
    delivered(outcome).increment();
  }

  private Counter delivered(DeliveryResult.Outcome outcome) {
    return Counter.builder("irp.notify.deliveries")
        .description("Delivery attempts by outcome (delivered, retry, failed, gone)")
        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
        .register(registry);
  }

  private double oldestAge(Reading r) {
    return r.oldestPending() == null
        ? 0
        : Math.max(0, Duration.between(r.oldestPending(), clock.instant()).toMillis() / 1000.0);
  }

  private static Reading read() {
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              List<String> waiting = List.of(Notification.PENDING, Notification.SENDING);
              long pending = Notification.count("status in ?1", waiting);
              long dead = Notification.count("status", Notification.DEAD);
              Instant oldest =
                  Notification.getEntityManager()
                      .createQuery(
                          "select min(n.createdAt) from Notification n where n.status in :s",
                          Instant.class)
                      .setParameter("s", waiting)
                      .getSingleResult();
              return new Reading(pending, dead, oldest);
            });
  }
}
