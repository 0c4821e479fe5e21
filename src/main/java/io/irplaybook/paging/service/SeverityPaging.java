package io.irplaybook.paging.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.incident.IncidentStatus;
import io.irplaybook.incident.IncidentView;
import io.irplaybook.incident.Incidents;
import io.irplaybook.incident.SeverityRaised;
import io.irplaybook.notify.Notifications;
import io.irplaybook.notify.PageEvent;
import io.irplaybook.paging.IncidentPage;
import io.irplaybook.paging.config.PagingConfig;
import io.irplaybook.platform.ServiceConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Pages the on-call once when the playbook raises an incident's severity to {@code critical} (dedup
 * key {@code <incident id>/severity}), and resolves the page once the incident is closed or
 * cancelled. It hears of the raise through the incident feature's {@link SeverityRaised} event,
 * after the raise has committed, so the incident feature knows nothing of paging.
 */
@ApplicationScoped
public class SeverityPaging {

  private static final Logger LOG = Logger.getLogger(SeverityPaging.class);
  private static final String ACTOR = AuditEvent.system("paging");
  static final String CRITICAL = "critical";
  private static final Set<String> ENDED =
      Set.of(IncidentStatus.CLOSED.name(), IncidentStatus.CANCELLED.name());

  private final Incidents incidents;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final PagingConfig config;
  private final ServiceConfig service;
  private final Clock clock;

  SeverityPaging(
      Incidents incidents,
      Notifications notifications,
      AuditTrail audit,
      PagingConfig config,
      ServiceConfig service,
      Clock clock) {
    this.service = service;
    this.incidents = incidents;
    this.notifications = notifications;
    this.audit = audit;
    this.config = config;
    this.clock = clock;
  }

  void onSeverityRaised(@Observes(during = TransactionPhase.AFTER_SUCCESS) SeverityRaised raised) {
    if (CRITICAL.equals(raised.to()) && !channels().isEmpty()) {
      QuarkusTransaction.requiringNew().run(() -> trigger(raised));
    }
  }

  private void trigger(SeverityRaised raised) {
    String key = IncidentPage.dedupKey(raised.incidentId(), IncidentPage.SEVERITY);
    if (IncidentPage.findById(key) != null) {
      return; // paged once already
    }
    IncidentPage page = new IncidentPage();
    page.dedupKey = key;
    page.incidentId = raised.incidentId();
    page.reason = IncidentPage.SEVERITY;
    page.triggeredAt = clock.instant();
    page.persist();
    String title = incidents.find(raised.incidentId()).map(IncidentView::title).orElse("");
    String summary =
        "Incident "
            + raised.incidentId()
            + " raised to critical severity (from "
            + raised.from()
            + ")"
            + (title.isBlank() ? "" : ": " + title);
    for (String channel : channels()) {
      notifications.page(
          channel, new PageEvent(PageEvent.TRIGGER, key, summary, raised.incidentId()));
    }
    audit.append(
        AuditEvent.of(ACTOR, "page.triggered", "incident", raised.incidentId())
            .incident(raised.incidentId())
            .detail("dedupKey", key)
            .detail("reason", "severity raised to critical")
            .detail("channels", channels())
            .build());
    LOG.infof("Paged on-call: incident %s raised to critical", raised.incidentId());
  }

  @Scheduled(
      every = "${irp.paging.check-interval:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    if (service.enabled()) {
      resolveEnded();
    }
  }

  /** Resolves the pages of incidents that have ended (closed or cancelled). */
  public void resolveEnded() {
    List<IncidentPage> open =
        QuarkusTransaction.requiringNew()
            .call(() -> IncidentPage.<IncidentPage>list("resolvedAt is null"));
    for (IncidentPage page : open) {
      Optional<IncidentView> incident =
          QuarkusTransaction.requiringNew().call(() -> incidents.find(page.incidentId));
      if (incident.isEmpty() || ENDED.contains(incident.get().status())) {
        QuarkusTransaction.requiringNew().run(() -> resolve(page.dedupKey));
      }
    }
  }

  private void resolve(String key) {
    IncidentPage page = IncidentPage.findById(key);
    if (page == null || page.resolvedAt != null) {
      return;
    }
    page.resolvedAt = clock.instant();
    for (String channel : channels()) {
      notifications.page(
          channel, new PageEvent(PageEvent.RESOLVE, key, "Incident ended", page.incidentId));
    }
    audit.append(
        AuditEvent.of(ACTOR, "page.resolved", "incident", page.incidentId)
            .incident(page.incidentId)
            .detail("dedupKey", key)
            .build());
  }

  private List<String> channels() {
    return config.channels().orElse(List.of());
  }
}
