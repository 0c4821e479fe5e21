package io.irplaybook.engine.model;

import java.util.ArrayList;
import java.util.List;

/** An activity: a task, a container or a multi-instance body; boundary events attach to it. */
public abstract sealed class ExecutableActivity extends ExecutableElement
    permits ExecutableBusinessRuleTask,
        ExecutableCallActivity,
        ExecutableCamundaUserTask,
        ExecutableContainer,
        ExecutableJobWorkerTask,
        ExecutableMultiInstanceBody,
        ExecutableReceiveTask {

  final List<ExecutableBoundaryEvent> boundaryEvents = new ArrayList<>();

  ExecutableActivity(String id, String name, ElementKind kind, ExecutableElement flowScope) {
    super(id, name, kind, flowScope);
  }

  /** Boundary events attached to this activity (error, timer, message, signal). */
  public List<ExecutableBoundaryEvent> boundaryEvents() {
    return boundaryEvents;
  }
}
