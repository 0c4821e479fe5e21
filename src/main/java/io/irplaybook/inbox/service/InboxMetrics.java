package io.irplaybook.inbox.service;

import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskStatus;
import io.irplaybook.platform.CachedReading;
import io.irplaybook.platform.MetricsConfig;
import io.irplaybook.platform.Roles;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Who is behind?": open and overdue steps per responder group ({@code irp_steps_open}, {@code
 * irp_steps_overdue}; a step offered to two groups counts in both), and regulator filings due
 * within 24 hours, overdue ones included ({@code irp_regulator_deadlines_due_24h}). Read from the
 * shared task table: aggregate replicas with max.
 */
@ApplicationScoped
class InboxMetrics {

  /** The user task that files a regulator report (bpmn/regulatory-obligation.bpmn). */
  static final String FILING_STEP = "submit-regulator-report";

  /** What one reading of the open tasks found. */
  record Reading(Map<String, Long> open, Map<String, Long> overdue, long filingsDueSoon) {}

  private final MeterRegistry registry;
  private final Clock clock;
  private final CachedReading<Reading> reading;

  InboxMetrics(MeterRegistry registry, MetricsConfig config, Clock clock) {
    this.registry = registry;
    this.clock = clock;
    this.reading = new CachedReading<>(this::read, config.cacheTtl(), clock);
  }

  void register(@Observes StartupEvent event) {
    for (String group : Roles.RESPONDER_ROLES) {
      Gauge.builder("irp.steps.open", reading, r -> r.get().open().getOrDefault(group, 0L))
          .description("Open human steps offered to the group")
          .tag("group", group)
          .register(registry);
      Gauge.builder("irp.steps.overdue", reading, r -> r.get().overdue().getOrDefault(group, 0L))
          .description("Open human steps of the group past their due date")
          .tag("group", group)
          .register(registry);
    }
    Gauge.builder("irp.regulator.deadlines.due.24h", reading, r -> r.get().filingsDueSoon())
        .description("Regulator filings not yet filed whose deadline is within 24 hours or past")
        .register(registry);
  }

  private Reading read() {
    Instant now = clock.instant();
    Instant soon = now.plus(Duration.ofHours(24));
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              Map<String, Long> open = new HashMap<>();
              Map<String, Long> overdue = new HashMap<>();
              long filings = 0;
              List<Object[]> rows =
                  Task.getEntityManager()
                      .createQuery(
                          "select t.candidateGroups, t.dueAt, t.elementId from Task t"
                              + " where t.status = :open",
                          Object[].class)
                      .setParameter("open", TaskStatus.OPEN)
                      .getResultList();
              for (Object[] row : rows) {
                Instant due = (Instant) row[1];
                boolean late = due != null && due.isBefore(now);
                for (String group : TaskHeaders.list((String) row[0])) {
                  open.merge(group, 1L, Long::sum);
                  if (late) {
                    overdue.merge(group, 1L, Long::sum);
                  }
                }
                if (FILING_STEP.equals(row[2]) && due != null && due.isBefore(soon)) {
                  filings++;
                }
              }
              return new Reading(open, overdue, filings);
            });
  }
}
