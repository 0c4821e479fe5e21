package io.irplaybook.inbox.service;

import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskStatus;
import io.irplaybook.platform.ServiceConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Marks open tasks past their due date as overdue, once each, and escalates them. */
@ApplicationScoped
public class OverdueCheck {

  private final OverdueEscalation escalation;
  private final ServiceConfig service;
  private final Clock clock;

  OverdueCheck(OverdueEscalation escalation, ServiceConfig service, Clock clock) {
    this.escalation = escalation;
    this.service = service;
    this.clock = clock;
  }

  @Scheduled(
      every = "${irp.inbox.overdue-check-interval:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      // A run that fires once shutdown has begun would find the database closed and log an error.
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    if (service.enabled()) {
      markOverdue();
    }
  }

  /**
   * Marks and escalates every open task whose due date has passed and that is not marked yet;
   * returns them.
   */
  @Transactional
  public List<Long> markOverdue() {
    Instant now = clock.instant();
    List<Task> due =
        Task.list("status = ?1 and overdueAt is null and dueAt < ?2", TaskStatus.OPEN, now);
    for (Task task : due) {
      task.overdueAt = now;
      escalation.escalate(task);
    }
    return due.stream().map(t -> t.jobKey).toList();
  }
}
