package io.irplaybook.incident.service;

import io.irplaybook.incident.Incident;
import io.irplaybook.incident.IncidentStatus;
import io.irplaybook.platform.CachedReading;
import io.irplaybook.platform.MetricsConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Are we on time?" for incidents: {@code irp_incidents} by status, tier and scenario (every
 * combination, zero included, so an alert can rely on the series), and the time from declaration to
 * the first action, to containment and to close as histograms by tier (MTTA, MTTC, MTTR). The
 * gauges read the database, so every replica reports the same figures: aggregate them with max, not
 * sum. The histograms are recorded by the replica that saw the event: sum them.
 */
@ApplicationScoped
public class IncidentMetrics {

  static final List<String> TIERS = List.of("small", "mid", "large", "none");

  /** From a minute to a quarter: first actions take minutes, closes take weeks. */
  private static final Duration MIN = Duration.ofMinutes(1);

  private static final Duration MAX = Duration.ofDays(90);

  private final MeterRegistry registry;
  private final ScenarioCatalog scenarios;
  private final CachedReading<Map<String, Long>> counts;

  IncidentMetrics(
      MeterRegistry registry, ScenarioCatalog scenarios, MetricsConfig config, Clock clock) {
    this.registry = registry;
    this.scenarios = scenarios;
    this.counts = new CachedReading<>(IncidentMetrics::readCounts, config.cacheTtl(), clock);
  }

  void register(@Observes StartupEvent event) {
    for (IncidentStatus status : IncidentStatus.values()) {
      for (String tier : TIERS) {
        for (String scenario : scenarios.ids()) {
          String key = key(status.name(), tier, scenario);
          Gauge.builder("irp.incidents", counts, c -> c.get().getOrDefault(key, 0L))
              .description("Incidents by status, tier and scenario")
              .tag("status", status.name().toLowerCase(Locale.ROOT))
              .tag("tier", tier)
              .tag("scenario", scenario)
              .register(registry);
        }
      }
    }
  }

  /** Declaration to the first claim or completion of one of its steps. */
  void firstAction(Incident i) {
    record(
        "irp.incident.time.to.first.action",
        "Declaration to first action (MTTA)",
        i,
        i.firstActionAt);
  }

  /** Declaration to the moment its containment steps were first all done. */
  void contained(Incident i) {
    record("irp.incident.time.to.contain", "Declaration to containment (MTTC)", i, i.containedAt);
  }

  /** Declaration to close by its playbook. */
  void closed(Incident i) {
    record("irp.incident.time.to.close", "Declaration to close (MTTR)", i, i.endedAt);
  }

  private void record(String name, String description, Incident i, Instant at) {
    if (at == null || i.declaredAt == null) {
      return;
    }
    Timer.builder(name)
        .description(description)
        .tag("tier", i.tier == null ? "none" : i.tier)
        .publishPercentileHistogram()
        .minimumExpectedValue(MIN)
        .maximumExpectedValue(MAX)
        .register(registry)
        .record(
            Duration.between(i.declaredAt, at).isNegative()
                ? Duration.ZERO
                : Duration.between(i.declaredAt, at));
  }

  private static Map<String, Long> readCounts() {
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              List<Object[]> rows =
                  Incident.getEntityManager()
                      .createQuery(
                          "select i.status, i.tier, i.scenario, count(i) from Incident i"
                              + " group by i.status, i.tier, i.scenario",
                          Object[].class)
                      .getResultList();
              Map<String, Long> result = new HashMap<>();
              for (Object[] row : rows) {
                String tier = row[1] == null ? "none" : row[1].toString();
                result.merge(
                    key(((IncidentStatus) row[0]).name(), tier, row[2].toString()),
                    ((Number) row[3]).longValue(),
                    Long::sum);
              }
              return result;
            });
  }

  private static String key(String status, String tier, String scenario) {
    return status + "|" + tier + "|" + scenario;
  }
}
