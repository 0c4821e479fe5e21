package io.irplaybook.incident.service;

import com.fasterxml.jackson.core.type.TypeReference;
import io.irplaybook.audit.AuditEvent;
import io.irplaybook.incident.Incident;
import io.irplaybook.incident.config.IncidentConfig;
import io.irplaybook.platform.ServiceConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Starts the incidents stored as PENDING_START once the engine answers again. Each incident is
 * claimed with a conditional update (PENDING_START to STARTING) first, so of several replicas (or a
 * round overlapping a declaration) exactly one starts it.
 */
@ApplicationScoped
public class PendingStarts {

  private static final Logger LOG = Logger.getLogger(PendingStarts.class);
  private static final Requester SYSTEM = new Requester(AuditEvent.system("incident"), null);

  private final IncidentStore store;
  private final IncidentDeclarer declarer;
  private final IncidentEngine engine;
  private final IncidentViews views;
  private final IncidentConfig config;
  private final ServiceConfig service;

  PendingStarts(
      IncidentStore store,
      IncidentDeclarer declarer,
      IncidentEngine engine,
      IncidentViews views,
      IncidentConfig config,
      ServiceConfig service) {
    this.store = store;
    this.declarer = declarer;
    this.engine = engine;
    this.views = views;
    this.config = config;
    this.service = service;
  }

  @Scheduled(
      every = "${irp.incident.pending-start-interval:10s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      // A run that fires once shutdown has begun would find the database closed and log an error.
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    if (service.enabled()) {
      runOnce();
    }
  }

  /**
   * One round; returns how many incidents it started. Stops at the first sign the engine is still
   * away.
   */
  public int runOnce() {
    int started = 0;
    for (String id : store.pendingIds(config.pendingStartBatch())) {
      Attempt attempt = startOne(id, SYSTEM);
      if (attempt == Attempt.STARTED) {
        started++;
      } else if (attempt == Attempt.ENGINE_AWAY) {
        break;
      }
    }
    if (started > 0) {
      LOG.infof("Started %d pending incident(s)", started);
    }
    return started;
  }

  /** What became of one attempt to start a PENDING_START incident. */
  public enum Attempt {
    STARTED,
    /** Another caller claimed it first (another replica, an overlapping round). */
    CLAIMED_ELSEWHERE,
    /** Back to PENDING_START: the engine refused, or went away during the start. */
    STILL_PENDING,
    /** The engine could not even decide the tier; no point trying the next incident now. */
    ENGINE_AWAY
  }

  /**
   * Claims one PENDING_START incident and starts it, deciding the tier first if that never
   * happened.
   */
  public Attempt startOne(String id, Requester by) {
    if (!store.claimPending(id)) {
      return Attempt.CLAIMED_ELSEWHERE;
    }
    Incident incident = store.find(id);
    TierDecision late = null;
    if (incident.tier == null) {
      try {
        Map<String, Object> vars = views.read(incident.startVariables, new TypeReference<>() {});
        late = engine.decide(StartVariables.decisionInputs(vars));
      } catch (EngineUnavailableException | EngineRejectedException e) {
        store.markPending(id, e.getMessage(), null);
        return e instanceof EngineUnavailableException
            ? Attempt.ENGINE_AWAY
            : Attempt.STILL_PENDING;
      }
    }
    return declarer.start(incident, late, by, null).status() == 201
        ? Attempt.STARTED
        : Attempt.STILL_PENDING;
  }
}
