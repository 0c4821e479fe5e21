package io.irplaybook.incident.service;

import io.irplaybook.incident.Incident;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Sets an incident's first-action and containment times, once each: the update only touches a row
 * whose time is still empty, so two replicas seeing the first claim at once record it once, and the
 * histogram counts the incident once.
 */
@ApplicationScoped
public class IncidentMilestones {

  private final IncidentMetrics metrics;

  IncidentMilestones(IncidentMetrics metrics) {
    this.metrics = metrics;
  }

  /** Returns whether this was the incident's first action. Unknown incidents are ignored. */
  @Transactional
  public boolean firstAction(String incidentId, Instant at) {
    Instant when = at.truncatedTo(ChronoUnit.MICROS);
    int updated =
        Incident.update(
            "firstActionAt = ?1 where id = ?2 and firstActionAt is null", when, incidentId);
    if (updated == 1) {
      Incident i = Incident.findById(incidentId);
      i.firstActionAt = when;
      metrics.firstAction(i);
    }
    return updated == 1;
  }

  /** Returns whether the incident was contained for the first time. */
  @Transactional
  public boolean contained(String incidentId, Instant at) {
    Instant when = at.truncatedTo(ChronoUnit.MICROS);
    int updated =
        Incident.update("containedAt = ?1 where id = ?2 and containedAt is null", when, incidentId);
    if (updated == 1) {
      Incident i = Incident.findById(incidentId);
      i.containedAt = when;
      metrics.contained(i);
    }
    return updated == 1;
  }
}
