package io.irplaybook.engine.command;

import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.UserTask;
import io.irplaybook.engine.state.UserTaskChanges;
import io.irplaybook.engine.state.event.UserTaskUpdated;

/** Changes a user task's candidates, due and follow-up dates or priority. */
public final class UpdateUserTaskCommand extends UserTaskCommand {

  private final UserTaskChanges changes;

  public UpdateUserTaskCommand(
      long userTaskKey, UserTaskChanges changes, Responder<Void> responder) {
    super(userTaskKey, responder);
    this.changes = changes;
  }

  @Override
  String verb() {
    return "update";
  }

  @Override
  public void process(ProcessingContext context) {
    UserTask task = findTask(context);
    if (task == null) {
      return;
    }
    if (changes.priority() != null && (changes.priority() < 0 || changes.priority() > 100)) {
      context.reject(
          responder,
          Rejection.invalidArgument(
              "Expected priority to be between 0 and 100, but it was " + changes.priority()));
      return;
    }
    if (!changes.isEmpty()) {
      context.emit(new UserTaskUpdated(userTaskKey, changes));
    }
    context.respond(responder, null);
  }
}
