package io.irplaybook.engine.state;

/**
 * Where an element instance is in its lifecycle. An instance waits in ACTIVATING or COMPLETING only
 * when an incident stopped it there; resolving the incident runs that step again.
 */
public enum ElementState {
  ACTIVATING,
  ACTIVATED,
  COMPLETING,
  TERMINATING
}
