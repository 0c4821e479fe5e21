package io.irplaybook.engine.command;

import io.irplaybook.engine.processing.Command;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.UserTask;

/**
 * What every command on one Camunda user task shares: finding the open task, or answering NOT_FOUND
 * for a task that never existed or is completed or canceled, as Zeebe does.
 */
abstract class UserTaskCommand implements Command {

  protected final long userTaskKey;
  protected final Responder<Void> responder;

  UserTaskCommand(long userTaskKey, Responder<Void> responder) {
    this.userTaskKey = userTaskKey;
    this.responder = responder;
  }

  /** "complete", "assign", ...: used in messages. */
  abstract String verb();

  /** The open task, or null after the command was rejected. */
  UserTask findTask(ProcessingContext context) {
    UserTask task = context.state().userTasks().get(userTaskKey);
    if (task == null) {
      context.reject(
          responder,
          Rejection.notFound(
              "Expected to "
                  + verb()
                  + " user task with key '"
                  + userTaskKey
                  + "', but no such user task was found"));
    }
    return task;
  }

  @Override
  public void abandon(Rejection rejection) {
    responder.reject(rejection);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + userTaskKey + "]";
  }
}
