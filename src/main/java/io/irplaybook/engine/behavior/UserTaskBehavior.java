package io.irplaybook.engine.behavior;

import io.irplaybook.engine.behavior.UserTaskAttributes.Converted;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.expression.EvaluationResult;
import io.irplaybook.engine.expression.Expression;
import io.irplaybook.engine.expression.ExpressionLanguage;
import io.irplaybook.engine.model.ExecutableCamundaUserTask;
import io.irplaybook.engine.model.UserTaskDefinition;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.state.DeployedProcess;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.UserTask;
import io.irplaybook.engine.state.event.UserTaskCanceled;
import io.irplaybook.engine.state.event.UserTaskCreated;
import java.util.List;
import java.util.Map;

/** Creates and cancels Camunda user tasks ({@code zeebe:userTask}); the engine holds them. */
public final class UserTaskBehavior {

  private final ProcessingContext context;
  private final ExpressionLanguage expressions;

  public UserTaskBehavior(ProcessingContext context, ExpressionLanguage expressions) {
    this.context = context;
    this.expressions = expressions;
  }

  /** A task ready to be created, or the incident's reason it cannot be. */
  public record PreparedUserTask(UserTaskCreated event, Outcome failure) {}

  /** Evaluates the task's attributes; nothing is emitted, so a failure leaves no trace. */
  public PreparedUserTask prepare(ExecutableCamundaUserTask element, ElementInstance instance) {
    UserTaskDefinition definition = element.userTaskDefinition();
    Map<String, Object> variables = context.state().variables().visible(instance.key());
    Converted<String> assignee =
        UserTaskAttributes.text("assignee", evaluate(definition.assignee(), variables));
    Converted<List<String>> groups =
        UserTaskAttributes.names(
            "candidateGroups", evaluate(definition.candidateGroups(), variables));
    Converted<List<String>> users =
        UserTaskAttributes.names(
            "candidateUsers", evaluate(definition.candidateUsers(), variables));
    Converted<String> due =
        UserTaskAttributes.dateTime("dueDate", evaluate(definition.dueDate(), variables));
    Converted<String> followUp =
        UserTaskAttributes.dateTime("followUpDate", evaluate(definition.followUpDate(), variables));
    Converted<Integer> priority =
        UserTaskAttributes.priority(
            evaluate(definition.priority(), variables), UserTaskDefinition.DEFAULT_PRIORITY);
    for (Converted<?> converted : List.of(assignee, groups, users, due, followUp, priority)) {
      if (converted.failure() != null) {
        return new PreparedUserTask(
            null, Outcome.failure(Outcome.EXTRACT_VALUE_ERROR, converted.failure()));
      }
    }
    DeployedProcess process = context.state().processes().process(instance.processDefinitionKey());
    UserTaskCreated event =
        new UserTaskCreated(
            context.nextKey(),
            instance.key(),
            instance.processInstanceKey(),
            instance.processDefinitionKey(),
            process.bpmnProcessId(),
            process.version(),
            instance.elementId(),
            element.name(),
            assignee.value(),
            groups.value(),
            users.value(),
            due.value(),
            followUp.value(),
            priority.value(),
            definition.formKey(),
            definition.externalFormReference(),
            definition.headers());
    return new PreparedUserTask(event, null);
  }

  public void create(PreparedUserTask task) {
    context.emit(task.event());
  }

  /** Cancels the element's open task, if it has one (its scope was left or cancelled). */
  public void cancel(ElementInstance instance) {
    UserTask task = context.state().userTasks().ofElementInstance(instance.key());
    if (task != null) {
      context.emit(new UserTaskCanceled(task.key()));
    }
  }

  private EvaluationResult evaluate(Expression expression, Map<String, Object> variables) {
    if (expression == null) {
      return null;
    }
    return expressions.evaluate(expression, variables);
  }
}
