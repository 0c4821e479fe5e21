package io.irplaybook.engine.model;

import io.irplaybook.engine.expression.Expression;
import java.util.Map;

/**
 * How a task's job is made: type and retries (static or FEEL), static custom headers, and for user
 * tasks in job-worker form the assignment attributes that Zeebe turns into reserved headers.
 */
public record JobDefinition(
    Expression type,
    Expression retries,
    Map<String, String> headers,
    Map<String, Expression> userTaskHeaders) {

  public static final String USER_TASK_JOB_TYPE = "io.camunda.zeebe:userTask";
  public static final String ASSIGNEE_HEADER = "io.camunda.zeebe:assignee";
  public static final String CANDIDATE_GROUPS_HEADER = "io.camunda.zeebe:candidateGroups";
  public static final String CANDIDATE_USERS_HEADER = "io.camunda.zeebe:candidateUsers";
  public static final String DUE_DATE_HEADER = "io.camunda.zeebe:dueDate";
  public static final String FOLLOW_UP_DATE_HEADER = "io.camunda.zeebe:followUpDate";
  public static final String FORM_KEY_HEADER = "io.camunda.zeebe:formKey";
}
