package io.irplaybook.engine.model;

/**
 * What an event waits for (or, on an end event, throws); decides which behaviour a catch event
 * gets.
 */
public enum EventTrigger {
  NONE,
  ERROR,
  TIMER,
  MESSAGE,
  SIGNAL
}
