package io.irplaybook.engine.model;

/** The BPMN element kinds this engine executes; each has exactly one processor. */
public enum ElementKind {
  PROCESS,
  START_EVENT,
  END_EVENT,
  SERVICE_TASK,
  /**
   * A user task in job-worker form ({@code io.camunda.zeebe:userTask} jobs, deprecated since 8.6).
   */
  USER_TASK,
  /** A Camunda user task ({@code zeebe:userTask}): the engine holds the task, no job. */
  CAMUNDA_USER_TASK,
  EXCLUSIVE_GATEWAY,
  PARALLEL_GATEWAY,
  SUB_PROCESS,
  BOUNDARY_EVENT,
  BUSINESS_RULE_TASK,
  INCLUSIVE_GATEWAY,
  CALL_ACTIVITY,
  /** The element instance that wraps the inner instances of a multi-instance activity. */
  MULTI_INSTANCE_BODY,
  INTERMEDIATE_CATCH_EVENT,
  RECEIVE_TASK;

  /** Gateways that may hold tokens while waiting for other incoming flows. */
  public boolean isJoiningGateway() {
    return this == PARALLEL_GATEWAY || this == INCLUSIVE_GATEWAY;
  }

  /** The element type Camunda reports for this kind (both user task forms are USER_TASK). */
  public String bpmnElementType() {
    return this == CAMUNDA_USER_TASK ? USER_TASK.name() : name();
  }
}
