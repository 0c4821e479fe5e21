package io.irplaybook.inbox.service;

import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskStatus;
import io.irplaybook.incident.Incidents;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Tells the incident when responders first acted on it and when its containment was done, the
 * starts of MTTA and time to contain. Contained means: a step of phase {@code contain} completed
 * and no other is open. A later containment step (a compromise found weeks on) does not move it.
 */
@ApplicationScoped
class ResponseMilestones {

  static final String CONTAIN = "contain";

  private final Incidents incidents;

  ResponseMilestones(Incidents incidents) {
    this.incidents = incidents;
  }

  void claimed(Task task, Instant at) {
    incidents.recordAction(task.incidentId, at);
  }

  void completed(Task task, Instant at) {
    incidents.recordAction(task.incidentId, at);
    if (task.incidentId != null
        && CONTAIN.equals(task.phase)
        && Task.count(
                "incidentId = ?1 and phase = ?2 and status = ?3 and jobKey <> ?4",
                task.incidentId,
                CONTAIN,
                TaskStatus.OPEN,
                task.jobKey)
            == 0) {
      incidents.recordContained(task.incidentId, at);
    }
  }
}
