package io.irplaybook.incident.service;

import com.fasterxml.jackson.core.type.TypeReference;
import io.irplaybook.incident.Incident;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Declares an incident: tier from the decision, store, then start the process. If the engine cannot
 * be reached the incident is kept as PENDING_START and {@link PendingStarts} starts it later.
 *
 * <p>Crash between CreateProcessInstance and the commit of ACTIVE: the incident is left STARTING,
 * and this class never starts a STARTING incident again blindly, because a second playbook run
 * would page responders twice. {@link StuckStarts} resolves it once the attempt is old enough, by
 * searching for the instance that carries its incidentId.
 */
@ApplicationScoped
public class IncidentDeclarer {

  private static final Logger LOG = Logger.getLogger(IncidentDeclarer.class);

  /** The answer to a declaration: HTTP status (201 started, 202 pending) and the JSON body. */
  public record Outcome(int status, String body, String incidentId) {}

  private final IncidentEngine engine;
  private final IncidentStore store;
  private final IdempotencyService idempotency;
  private final IncidentViews views;
  private final StartVariables variables;

  IncidentDeclarer(
      IncidentEngine engine,
      IncidentStore store,
      IdempotencyService idempotency,
      IncidentViews views,
      StartVariables variables) {
    this.engine = engine;
    this.store = store;
    this.idempotency = idempotency;
    this.views = views;
    this.variables = variables;
  }

  public Outcome declare(Declaration d, Requester by, IdempotencyKey key) {
    if (key != null) {
      Optional<Outcome> first = idempotency.replay(key);
      if (first.isPresent()) {
        return first.get();
      }
    }
    TierDecision decision = null;
    String startError = null;
    try {
      decision = engine.decide(StartVariables.decisionInputs(variables.of(null, d, null)));
    } catch (EngineUnavailableException | EngineRejectedException e) {
      startError = e.getMessage();
      LOG.warnf("Tier decision unavailable, declaring as PENDING_START: %s", e.getMessage());
    }
    Incident incident;
    try {
      incident = store.create(d, decision, startError, by, key);
    } catch (RuntimeException e) {
      // Two requests with one key at once: the loser hits the primary key and answers like a retry.
      if (key != null) {
        Optional<Outcome> first = idempotency.replay(key);
        if (first.isPresent()) {
          return first.get();
        }
      }
      throw e;
    }
    if (decision == null) {
      return new Outcome(202, views.toJson(views.of(incident)), incident.id);
    }
    return start(incident, null, by, key);
  }

  /**
   * Starts a STARTING incident; 201 when the process runs, 202 when it went back to PENDING_START.
   */
  public Outcome start(
      Incident incident, TierDecision lateDecision, Requester by, IdempotencyKey key) {
    Map<String, Object> vars =
        views.read(incident.startVariables, new TypeReference<Map<String, Object>>() {});
    long processInstanceKey;
    try {
      processInstanceKey = engine.start(vars);
    } catch (EngineUnavailableException | EngineRejectedException e) {
      LOG.warnf("Incident %s stored as PENDING_START: %s", incident.id, e.getMessage());
      store.markPending(incident.id, e.getMessage(), key);
      return answer(202, incident.id, key);
    }
    if (!store.markStarted(incident.id, processInstanceKey, lateDecision, by, key)) {
      // Cancelled while we were starting: the instance must not run on.
      LOG.infof(
          "Incident %s was cancelled while starting; cancelling process instance %d",
          incident.id, processInstanceKey);
      engine.cancel(processInstanceKey);
    } else {
      LOG.infof("Incident %s started as process instance %d", incident.id, processInstanceKey);
    }
    return answer(201, incident.id, key);
  }

  /** With a key, exactly the stored first answer, so a retry gets the identical bytes. */
  private Outcome answer(int status, String incidentId, IdempotencyKey key) {
    if (key != null) {
      Optional<Outcome> stored = idempotency.replay(key);
      if (stored.isPresent()) {
        return stored.get();
      }
    }
    return new Outcome(status, views.toJson(views.of(store.find(incidentId))), incidentId);
  }
}
