package io.irplaybook.engine.command;

import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.UserTask;
import io.irplaybook.engine.state.event.UserTaskAssigned;
import java.util.Objects;

/**
 * Assigns a user task, or unassigns it when the assignee is null. Without {@code allowOverride} a
 * task assigned to someone else is refused with INVALID_STATE, as in Camunda.
 */
public final class AssignUserTaskCommand extends UserTaskCommand {

  private final String assignee;
  private final boolean allowOverride;

  public AssignUserTaskCommand(
      long userTaskKey, String assignee, boolean allowOverride, Responder<Void> responder) {
    super(userTaskKey, responder);
    this.assignee = assignee;
    this.allowOverride = allowOverride;
  }

  @Override
  String verb() {
    return assignee == null ? "unassign" : "assign";
  }

  @Override
  public void process(ProcessingContext context) {
    UserTask task = findTask(context);
    if (task == null) {
      return;
    }
    if (!allowOverride && task.assignee() != null && !Objects.equals(task.assignee(), assignee)) {
      context.reject(
          responder,
          Rejection.invalidState(
              "Expected to assign user task with key '"
                  + userTaskKey
                  + "' to '"
                  + assignee
                  + "', but it is already assigned to '"
                  + task.assignee()
                  + "' and allowOverride is false"));
      return;
    }
    context.emit(new UserTaskAssigned(userTaskKey, assignee));
    context.respond(responder, null);
  }
}
