package io.irplaybook.engine.model;

/** A Camunda user task ({@code zeebe:userTask}): the engine holds the task, no job. */
public final class ExecutableCamundaUserTask extends ExecutableActivity {

  UserTaskDefinition userTaskDefinition;

  ExecutableCamundaUserTask(String id, String name, ElementKind kind, ExecutableElement flowScope) {
    super(id, name, kind, flowScope);
  }

  /** Assignment, schedule, priority, form and headers. */
  public UserTaskDefinition userTaskDefinition() {
    return userTaskDefinition;
  }
}
