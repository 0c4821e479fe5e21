package io.irplaybook.engine.command;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.UserTask;
import io.irplaybook.engine.state.event.UserTaskCompleted;
import java.util.Map;

/**
 * Completes a user task and its element. As with a job, the variables become the task's local
 * variables when the task has output mappings (which then decide what leaves it); otherwise they
 * are merged outwards. A second completion finds no open task and answers NOT_FOUND.
 */
public final class CompleteUserTaskCommand extends UserTaskCommand {

  private final Map<String, Object> variables;
  private final Behaviors behaviors;

  public CompleteUserTaskCommand(
      long userTaskKey,
      Map<String, Object> variables,
      Behaviors behaviors,
      Responder<Void> responder) {
    super(userTaskKey, responder);
    this.variables = variables;
    this.behaviors = behaviors;
  }

  @Override
  String verb() {
    return "complete";
  }

  @Override
  public void process(ProcessingContext context) {
    UserTask task = findTask(context);
    if (task == null) {
      return;
    }
    ElementInstance element =
        context.state().elementInstances().instance(task.elementInstanceKey());
    context.emit(new UserTaskCompleted(userTaskKey));
    if (behaviors.transitions().elementOf(element).outputMappings().isEmpty()) {
      if (!variables.isEmpty()) {
        behaviors.variables().merge(element.flowScopeKey(), variables);
      }
    } else {
      behaviors.variables().setLocal(element.key(), variables);
    }
    behaviors.transitions().complete(element);
    context.respond(responder, null);
  }
}
