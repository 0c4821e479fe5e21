package io.irplaybook.incident;

/**
 * Where an incident is in its life. Transitions are conditional updates, so two callers never both
 * win.
 */
public enum IncidentStatus {
  /**
   * Stored, but the engine could not be reached (or refused); the pending-start scheduler retries.
   */
  PENDING_START,
  /** Claimed by one caller that is creating the process instance right now. */
  STARTING,
  /** The process instance runs. */
  ACTIVE,
  /** The process reached {@code incident.close}. */
  CLOSED,
  /** Cancelled by a person, with a reason. */
  CANCELLED
}
