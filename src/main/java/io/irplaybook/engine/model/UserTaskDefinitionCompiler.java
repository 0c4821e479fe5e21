package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePriorityDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.irplaybook.engine.expression.Expression;
import io.irplaybook.engine.expression.ExpressionLanguage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compiles the extension elements of a Camunda user task ({@code zeebe:userTask}). */
final class UserTaskDefinitionCompiler {

  private final ExpressionLanguage expressions;

  UserTaskDefinitionCompiler(ExpressionLanguage expressions) {
    this.expressions = expressions;
  }

  UserTaskDefinition compile(FlowNode node, List<String> problems) {
    ZeebeTaskListeners listeners = node.getSingleExtensionElement(ZeebeTaskListeners.class);
    if (listeners != null && !listeners.getTaskListeners().isEmpty()) {
      problems.add(
          "Expected user task '"
              + node.getId()
              + "' without task listeners, but it has "
              + listeners.getTaskListeners().size()
              + "; this engine does not run task listeners (remove zeebe:taskListeners)");
    }
    ZeebeAssignmentDefinition assignment =
        node.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
    ZeebeTaskSchedule schedule = node.getSingleExtensionElement(ZeebeTaskSchedule.class);
    ZeebePriorityDefinition priority =
        node.getSingleExtensionElement(ZeebePriorityDefinition.class);
    ZeebeFormDefinition form = node.getSingleExtensionElement(ZeebeFormDefinition.class);
    return new UserTaskDefinition(
        parse(node, assignment == null ? null : assignment.getAssignee(), problems),
        parse(node, assignment == null ? null : assignment.getCandidateGroups(), problems),
        parse(node, assignment == null ? null : assignment.getCandidateUsers(), problems),
        parse(node, schedule == null ? null : schedule.getDueDate(), problems),
        parse(node, schedule == null ? null : schedule.getFollowUpDate(), problems),
        parse(node, priority == null ? null : priority.getPriority(), problems),
        form == null
            ? null
            : blankToNull(form.getFormKey() != null ? form.getFormKey() : form.getFormId()),
        form == null ? null : blankToNull(form.getExternalReference()),
        headers(node));
  }

  private static Map<String, String> headers(FlowNode node) {
    Map<String, String> headers = new LinkedHashMap<>();
    ZeebeTaskHeaders taskHeaders = node.getSingleExtensionElement(ZeebeTaskHeaders.class);
    if (taskHeaders != null) {
      for (ZeebeHeader header : taskHeaders.getHeaders()) {
        headers.put(header.getKey(), header.getValue());
      }
    }
    return Map.copyOf(headers);
  }

  private Expression parse(FlowNode node, String text, List<String> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    List<String> local = new ArrayList<>();
    Expression expression = expressions.parse(text.trim(), local);
    local.forEach(p -> problems.add("Element '" + node.getId() + "': " + p));
    return expression;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
