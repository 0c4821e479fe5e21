package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.irplaybook.engine.expression.Expression;
import io.irplaybook.engine.expression.ExpressionLanguage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a service task's task definition, or a job-worker user task's assignment, into a job
 * definition.
 */
final class JobDefinitionCompiler {

  private final ExpressionLanguage expressions;

  JobDefinitionCompiler(ExpressionLanguage expressions) {
    this.expressions = expressions;
  }

  JobDefinition compile(FlowNode node, ElementKind kind, List<String> problems) {
    Map<String, String> headers = new LinkedHashMap<>();
    ZeebeTaskHeaders taskHeaders = node.getSingleExtensionElement(ZeebeTaskHeaders.class);
    if (taskHeaders != null) {
      for (ZeebeHeader header : taskHeaders.getHeaders()) {
        headers.put(header.getKey(), header.getValue());
      }
    }
    if (kind == ElementKind.USER_TASK) {
      return new JobDefinition(
          parse(node, JobDefinition.USER_TASK_JOB_TYPE, problems),
          parse(node, "1", problems),
          Map.copyOf(headers),
          userTaskHeaders(node, problems));
    }
    ZeebeTaskDefinition definition = node.getSingleExtensionElement(ZeebeTaskDefinition.class);
    if (definition == null || definition.getType() == null || definition.getType().isBlank()) {
      problems.add(
          "Expected service task '"
              + node.getId()
              + "' to have a zeebe:taskDefinition with a type, but it has none");
      return null;
    }
    String retries =
        definition.getRetries() == null
            ? ZeebeTaskDefinition.DEFAULT_RETRIES
            : definition.getRetries();
    return new JobDefinition(
        parse(node, definition.getType(), problems),
        parse(node, retries, problems),
        Map.copyOf(headers),
        Map.of());
  }

  private Map<String, Expression> userTaskHeaders(FlowNode node, List<String> problems) {
    Map<String, Expression> result = new LinkedHashMap<>();
    ZeebeAssignmentDefinition assignment =
        node.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
    if (assignment != null) {
      put(result, JobDefinition.ASSIGNEE_HEADER, node, assignment.getAssignee(), problems);
      put(
          result,
          JobDefinition.CANDIDATE_GROUPS_HEADER,
          node,
          assignment.getCandidateGroups(),
          problems);
      put(
          result,
          JobDefinition.CANDIDATE_USERS_HEADER,
          node,
          assignment.getCandidateUsers(),
          problems);
    }
    ZeebeTaskSchedule schedule = node.getSingleExtensionElement(ZeebeTaskSchedule.class);
    if (schedule != null) {
      put(result, JobDefinition.DUE_DATE_HEADER, node, schedule.getDueDate(), problems);
      put(result, JobDefinition.FOLLOW_UP_DATE_HEADER, node, schedule.getFollowUpDate(), problems);
    }
    ZeebeFormDefinition form = node.getSingleExtensionElement(ZeebeFormDefinition.class);
    if (form != null) {
      String key = form.getFormKey() != null ? form.getFormKey() : form.getFormId();
      put(result, JobDefinition.FORM_KEY_HEADER, node, key, problems);
    }
    return result;
  }

  private void put(
      Map<String, Expression> headers,
      String header,
      FlowNode node,
      String value,
      List<String> problems) {
    if (value != null && !value.isBlank()) {
      Expression expression = parse(node, value.trim(), problems);
      if (expression != null) {
        headers.put(header, expression);
      }
    }
  }

  private Expression parse(FlowNode node, String text, List<String> problems) {
    List<String> local = new ArrayList<>();
    Expression expression = expressions.parse(text, local);
    local.forEach(p -> problems.add("Element '" + node.getId() + "': " + p));
    return expression;
  }
}
