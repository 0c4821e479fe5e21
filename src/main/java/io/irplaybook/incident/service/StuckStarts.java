package io.irplaybook.incident.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.incident.Incident;
import io.irplaybook.incident.IncidentProblem;
import io.irplaybook.incident.IncidentStatus;
import io.irplaybook.incident.config.IncidentConfig;
import io.irplaybook.platform.ProblemException;
import io.irplaybook.platform.ServiceConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Resolves starts that crashed half-way, exactly once. {@link IncidentDeclarer} starts each
 * incident at most once, so a crash between CreateProcessInstance and the commit of ACTIVE leaves
 * the incident STARTING. Once the attempt is older than {@code irp.incident.stuck-start-after} (so
 * a start still in flight is left alone), the process-instance search by variable value tells what
 * happened: an {@code incident-response} instance carrying the incident's {@code incidentId} is
 * recorded as the incident's; without one the incident is started through the ordinary pending
 * start. Every {@code irp.incident.pending-start-interval} this runs for every stuck incident; an
 * operator may run it for one at once ({@code POST /api/incidents/{id}/retry-start}).
 */
@ApplicationScoped
public class StuckStarts {

  private static final Logger LOG = Logger.getLogger(StuckStarts.class);
  private static final Requester SYSTEM = new Requester(AuditEvent.system("incident"), null);

  /** How a stuck start was resolved. */
  public enum Resolution {
    /** An instance existed: it is now the incident's. */
    RECORDED,
    /** No instance existed: started (or back to PENDING_START if the engine went away). */
    STARTED,
    /** The incident changed meanwhile (another replica resolved it, or it was cancelled). */
    CHANGED
  }

  private final IncidentStore store;
  private final PendingStarts pendingStarts;
  private final IncidentEngine engine;
  private final IncidentConfig config;
  private final ServiceConfig service;
  private final Clock clock;

  StuckStarts(
      IncidentStore store,
      PendingStarts pendingStarts,
      IncidentEngine engine,
      IncidentConfig config,
      ServiceConfig service,
      Clock clock) {
    this.store = store;
    this.pendingStarts = pendingStarts;
    this.engine = engine;
    this.config = config;
    this.service = service;
    this.clock = clock;
  }

  @Scheduled(
      every = "${irp.incident.pending-start-interval:10s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      // A run that fires once shutdown has begun would find the database closed and log an error.
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    if (service.enabled()) {
      try {
        resolveAll();
      } catch (EngineUnavailableException e) {
        LOG.debugf("Stuck starts wait for the engine: %s", e.getMessage());
      }
    }
  }

  /** Resolves every incident stuck in STARTING past the limit; returns how many it resolved. */
  public int resolveAll() {
    Instant before = clock.instant().minus(config.stuckStartAfter());
    int resolved = 0;
    for (Incident stuck : store.stuckStarting(before, config.pendingStartBatch())) {
      Resolution resolution =
          resolve(
              stuck,
              SYSTEM,
              "No incident-response instance carries incidentId "
                  + stuck.id
                  + ": started again automatically");
      if (resolution != Resolution.CHANGED) {
        LOG.infof("Stuck start of incident %s resolved: %s", stuck.id, resolution);
        resolved++;
      }
    }
    return resolved;
  }

  /** An operator resolves one stuck STARTING incident now; returns it as it is afterwards. */
  public Incident retry(String id, String reason, Requester by) {
    Incident seen = store.find(id);
    if (seen == null) {
      throw IncidentProblem.notFound(id);
    }
    if (seen.status != IncidentStatus.STARTING) {
      throw new ProblemException(
          409,
          "Incident is not stuck starting",
          "Incident "
              + id
              + " is "
              + seen.status
              + "; only an incident left STARTING by a failed start can be retried.");
    }
    Instant stuckFrom =
        seen.startAttemptAt == null ? null : seen.startAttemptAt.plus(config.stuckStartAfter());
    if (stuckFrom != null && clock.instant().isBefore(stuckFrom)) {
      throw new ProblemException(
          409,
          "Start still in progress",
          "Incident "
              + id
              + " began starting at "
              + seen.startAttemptAt
              + " and may still be starting; a retry is possible from "
              + stuckFrom
              + " (irp.incident.stuck-start-after).");
    }
    if (resolve(seen, by, reason) == Resolution.CHANGED) {
      throw new ProblemException(
          409,
          "Incident changed meanwhile",
          "Incident " + id + " changed while the retry was being prepared; read it again.");
    }
    return store.find(id);
  }

  /**
   * Records the instance the search finds, or starts the incident when there is none. A second
   * instance (which only a start racing this one could create) is cancelled: one incident, one
   * playbook run.
   */
  private Resolution resolve(Incident seen, Requester by, String reason) {
    List<Long> instances = engine.instancesOf(seen.id);
    if (instances.isEmpty()) {
      if (!store.releaseStuckStart(seen, reason, by)) {
        return Resolution.CHANGED;
      }
      pendingStarts.startOne(seen.id, by);
      return Resolution.STARTED;
    }
    long kept = instances.get(0);
    if (!store.markStarted(seen.id, kept, null, by, null)) {
      return Resolution.CHANGED;
    }
    for (long extra : instances.subList(1, instances.size())) {
      LOG.warnf(
          "Incident %s had a second process instance %d besides %d; cancelling it",
          seen.id, extra, kept);
      engine.cancel(extra);
    }
    LOG.infof(
        "Incident %s: its process instance %d was created before the crash; recorded",
        seen.id, kept);
    return Resolution.RECORDED;
  }
}
