package io.irplaybook.engine.state;

/** The lifecycle of a Camunda user task, named as Camunda's REST API names it. */
public enum UserTaskState {
  CREATED,
  COMPLETED,
  CANCELED
}
