package io.irplaybook.engine.model;

/** The BPMN element kinds this engine executes; each has exactly one processor. */
public enum ElementKind {
  PROCESS,
  START_EVENT,
  END_EVENT,
  SERVICE_TASK,
  USER_TASK,
  EXCLUSIVE_GATEWAY,
  PARALLEL_GATEWAY,
  SUB_PROCESS,
  BOUNDARY_EVENT,
  BUSINESS_RULE_TASK;

  public boolean isContainer() {
    return this == PROCESS || this == SUB_PROCESS;
  }

  public boolean isJobWorkerTask() {
    return this == SERVICE_TASK || this == USER_TASK;
  }
}
