package io.irplaybook.incident;

import java.util.Set;

/**
 * Which incidents a responder works on through their human steps. The inbox owns the steps and
 * answers; until it does, {@code NoStepParticipants} says "none", so this feature never depends on
 * the inbox.
 */
public interface StepParticipants {

  /**
   * Whether {@code reader} holds, held, completed or is offered (by name or by one of their roles)
   * a step of this incident.
   */
  boolean takesPart(String incidentId, IncidentReader reader);

  /** Every incident {@link #takesPart(String, IncidentReader)} is true for. */
  Set<String> incidentsOf(IncidentReader reader);
}
