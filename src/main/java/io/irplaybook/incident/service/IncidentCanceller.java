package io.irplaybook.incident.service;

import io.irplaybook.incident.Incident;
import io.irplaybook.incident.IncidentProblem;
import io.irplaybook.incident.IncidentStatus;
import io.irplaybook.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Cancels an incident: first the process instance (so no step runs on), then the row. If the
 * incident changes status in between (a pending start just started it), it looks again.
 */
@ApplicationScoped
public class IncidentCanceller {

  private static final int ATTEMPTS = 3;

  private final IncidentStore store;
  private final IncidentLifecycle lifecycle;
  private final IncidentEngine engine;

  IncidentCanceller(IncidentStore store, IncidentLifecycle lifecycle, IncidentEngine engine) {
    this.store = store;
    this.lifecycle = lifecycle;
    this.engine = engine;
  }

  public Incident cancel(String id, String reason, Requester by) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Incident seen = store.find(id);
      if (seen == null) {
        throw IncidentProblem.notFound(id);
      }
      if (seen.status == IncidentStatus.CLOSED || seen.status == IncidentStatus.CANCELLED) {
        throw new ProblemException(
            409,
            "Incident already ended",
            "Incident "
                + id
                + " is "
                + seen.status
                + "; only a running or pending incident can be cancelled.");
      }
      if (seen.processInstanceKey != null) {
        try {
          engine.cancel(seen.processInstanceKey);
        } catch (EngineUnavailableException | EngineRejectedException e) {
          throw new ProblemException(
              503,
              "Engine unreachable",
              "Could not cancel the process instance of "
                  + id
                  + " ("
                  + e.getMessage()
                  + "); nothing changed, try again shortly.");
        }
      }
      // A STARTING incident is cancelled here too: its starter sees the change and cancels the new
      // instance.
      if (lifecycle.markCancelled(seen, reason, by)) {
        return store.find(id);
      }
    }
    throw new ProblemException(
        409,
        "Incident changed while cancelling",
        "Incident "
            + id
            + " changed status repeatedly while it was being cancelled; send the request again.");
  }
}
