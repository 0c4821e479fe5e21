package io.irplaybook.paging.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.inbox.Inbox;
import io.irplaybook.inbox.StepSummary;
import io.irplaybook.notify.Notifications;
import io.irplaybook.notify.PageEvent;
import io.irplaybook.paging.Page;
import io.irplaybook.paging.config.PagingConfig;
import io.irplaybook.platform.ServiceConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Pages the on-call once for each open step of a paging phase ({@code contain}) that the inbox
 * marked overdue, and resolves the page once the step is no longer open. It reads the inbox's root
 * API ({@link Inbox#openSteps}, {@link Inbox#stepsOf}), so the inbox knows nothing of paging.
 */
@ApplicationScoped
public class OverduePaging {

  private static final Logger LOG = Logger.getLogger(OverduePaging.class);
  private static final String ACTOR = AuditEvent.system("paging");

  private final Inbox inbox;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final PagingConfig config;
  private final ServiceConfig service;
  private final Clock clock;

  OverduePaging(
      Inbox inbox,
      Notifications notifications,
      AuditTrail audit,
      PagingConfig config,
      ServiceConfig service,
      Clock clock) {
    this.inbox = inbox;
    this.notifications = notifications;
    this.audit = audit;
    this.config = config;
    this.service = service;
    this.clock = clock;
  }

  @Scheduled(
      every = "${irp.paging.check-interval:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    if (service.enabled() && !channels().isEmpty()) {
      run();
    }
  }

  /** One pass: pages newly overdue steps, then resolves pages of steps no longer open. */
  public void run() {
    for (StepSummary step : inbox.openSteps()) {
      if (step.overdue() && step.phase() != null && config.phases().contains(step.phase())) {
        QuarkusTransaction.requiringNew().run(() -> trigger(step));
      }
    }
    List<Page> open =
        QuarkusTransaction.requiringNew().call(() -> Page.<Page>list("resolvedAt is null"));
    for (Page page : open) {
      Optional<StepSummary> step =
          inbox.stepsOf(page.incidentId).stream().filter(s -> s.id() == page.stepId).findFirst();
      if (step.isEmpty() || !step.get().isOpen()) {
        QuarkusTransaction.requiringNew().run(() -> resolve(page.stepId));
      }
    }
  }

  private void trigger(StepSummary step) {
    if (Page.findById(step.id()) != null) {
      return; // paged once already
    }
    Page page = new Page();
    page.stepId = step.id();
    page.incidentId = step.incidentId();
    page.dedupKey = step.incidentId() + "/" + step.elementId() + "/" + step.id();
    page.triggeredAt = clock.instant();
    page.persist();
    String summary =
        "Overdue containment step in "
            + step.incidentId()
            + ": "
            + step.title()
            + " (due "
            + step.dueAt()
            + ")";
    for (String channel : channels()) {
      notifications.page(
          channel, new PageEvent(PageEvent.TRIGGER, page.dedupKey, summary, step.incidentId()));
    }
    audit.append(
        AuditEvent.of(ACTOR, "page.triggered", "task", String.valueOf(step.id()))
            .incident(step.incidentId())
            .detail("dedupKey", page.dedupKey)
            .detail("channels", channels())
            .build());
    LOG.infof("Paged on-call for overdue step %d of incident %s", step.id(), step.incidentId());
  }

  private void resolve(long stepId) {
    Page page = Page.findById(stepId);
    if (page == null || page.resolvedAt != null) {
      return;
    }
    page.resolvedAt = clock.instant();
    for (String channel : channels()) {
      notifications.page(
          channel, new PageEvent(PageEvent.RESOLVE, page.dedupKey, "Step done", page.incidentId));
    }
    audit.append(
        AuditEvent.of(ACTOR, "page.resolved", "task", String.valueOf(stepId))
            .incident(page.incidentId)
            .detail("dedupKey", page.dedupKey)
            .build());
  }

  private List<String> channels() {
    return config.channels().orElse(List.of());
  }
}
