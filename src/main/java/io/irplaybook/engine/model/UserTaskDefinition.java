package io.irplaybook.engine.model;

import io.irplaybook.engine.expression.Expression;
import java.util.Map;

/**
 * A Camunda user task ({@code zeebe:userTask}): who may work on it, when it is due, how urgent it
 * is and which form it shows. Every expression may be null when the model leaves it out; the engine
 * holds the task itself, there is no job.
 *
 * @param formKey a Camunda form's id or a custom form key, or null
 * @param externalFormReference a URL or reference to a form outside Camunda, or null
 * @param headers static custom headers ({@code zeebe:taskHeaders})
 */
public record UserTaskDefinition(
    Expression assignee,
    Expression candidateGroups,
    Expression candidateUsers,
    Expression dueDate,
    Expression followUpDate,
    Expression priority,
    String formKey,
    String externalFormReference,
    Map<String, String> headers) {

  /** Zeebe's priority when the model sets none. */
  public static final int DEFAULT_PRIORITY = 50;
}
