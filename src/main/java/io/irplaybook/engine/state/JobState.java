package io.irplaybook.engine.state;

/** Zeebe's job states, as far as this engine needs them. */
public enum JobState {
  /** Waiting for a worker. */
  ACTIVATABLE,
  /** Handed to a worker until its deadline. */
  ACTIVATED,
  /** Failed with retries left, waiting out its retry back-off. */
  BACKOFF,
  /** Failed with no retries left; an incident holds it. */
  FAILED,
  /** A worker threw a BPMN error nobody caught; an incident holds it. */
  ERROR_THROWN
}
