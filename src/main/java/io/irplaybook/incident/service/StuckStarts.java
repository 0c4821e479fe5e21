package io.irplaybook.incident.service;

import io.irplaybook.incident.Incident;
import io.irplaybook.incident.IncidentProblem;
import io.irplaybook.incident.IncidentStatus;
import io.irplaybook.incident.OpenStep;
import io.irplaybook.incident.OpenSteps;
import io.irplaybook.incident.config.IncidentConfig;
import io.irplaybook.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The operator's way out of a start that crashed half-way. {@link IncidentDeclarer} starts each
 * incident at most once, so a crash between CreateProcessInstance and the commit of ACTIVE leaves
 * the incident STARTING for good: the gateway API cannot say whether the instance was created. A
 * person who has checked (Operate, or the engine's log) retries it here, with a reason that goes
 * into the audit trail; the incident then goes through the ordinary pending start.
 *
 * <p>Two guards keep a retry from starting a second playbook run: the attempt must be older than
 * {@code irp.incident.stuck-start-after} (a start still in flight is left alone), and the inbox
 * must hold no step of the incident (a waiting step proves the instance exists).
 */
@ApplicationScoped
public class StuckStarts {

  private final IncidentStore store;
  private final PendingStarts pendingStarts;
  private final OpenSteps openSteps;
  private final IncidentConfig config;
  private final Clock clock;

  StuckStarts(
      IncidentStore store,
      PendingStarts pendingStarts,
      OpenSteps openSteps,
      IncidentConfig config,
      Clock clock) {
    this.store = store;
    this.pendingStarts = pendingStarts;
    this.openSteps = openSteps;
    this.config = config;
    this.clock = clock;
  }

  /** Retries the start of a stuck STARTING incident and returns it as it is afterwards. */
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
    List<OpenStep> steps = openSteps.forIncident(id);
    if (!steps.isEmpty()) {
      throw new ProblemException(
          409,
          "Process instance already exists",
          "Step '"
              + steps.get(0).name()
              + "' of incident "
              + id
              + " is waiting in the inbox, so its process instance was created; "
              + "only recording the start was lost. Starting again would run the playbook twice; work the incident from the inbox.");
    }
    if (!store.releaseStuckStart(seen, reason, by)) {
      throw new ProblemException(
          409,
          "Incident changed meanwhile",
          "Incident " + id + " changed while the retry was being prepared; read it again.");
    }
    pendingStarts.startOne(id, by);
    return store.find(id);
  }
}
