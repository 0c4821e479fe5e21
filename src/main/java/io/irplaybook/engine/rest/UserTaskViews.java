package io.irplaybook.engine.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.UserTask;
import java.util.Set;

/** A user task as Camunda's {@code UserTaskResult}. */
final class UserTaskViews {

  static final Set<String> FIELDS =
      Set.of(
          "userTaskKey",
          "name",
          "state",
          "assignee",
          "elementId",
          "candidateGroups",
          "candidateUsers",
          "processDefinitionId",
          "creationDate",
          "completionDate",
          "followUpDate",
          "dueDate",
          "tenantId",
          "priority",
          "elementInstanceKey",
          "processDefinitionKey",
          "processInstanceKey",
          "processDefinitionVersion",
          "formKey");

  private UserTaskViews() {}

  static ObjectNode view(UserTask task, EngineState state) {
    ObjectNode node = Views.object();
    Views.key(node, "userTaskKey", task.key());
    Views.text(node, "name", task.name());
    node.put("state", task.state().name());
    Views.text(node, "assignee", task.assignee());
    node.put("elementId", task.elementId());
    task.candidateGroups().forEach(node.putArray("candidateGroups")::add);
    task.candidateUsers().forEach(node.putArray("candidateUsers")::add);
    node.put("processDefinitionId", task.bpmnProcessId());
    Views.date(node, "creationDate", task.creationDate());
    Views.date(node, "completionDate", task.completionDate());
    Views.text(node, "followUpDate", task.followUpDate());
    Views.text(node, "dueDate", task.dueDate());
    node.put("tenantId", Views.DEFAULT_TENANT);
    // Camunda's formKey is the key of a deployed form (a number); this engine deploys no forms, so
    // a custom form key or form id is reported where clients read form references they resolve.
    boolean numericFormKey = task.formKey() != null && task.formKey().matches("\\d{1,19}");
    Views.text(
        node,
        "externalFormReference",
        task.externalFormReference() != null || numericFormKey
            ? task.externalFormReference()
            : task.formKey());
    node.put("processDefinitionVersion", task.processDefinitionVersion());
    ObjectNode headers = node.putObject("customHeaders");
    task.customHeaders().forEach(headers::put);
    node.put("priority", task.priority());
    Views.key(node, "elementInstanceKey", task.elementInstanceKey());
    var process = state.processes().process(task.processDefinitionKey());
    Views.text(node, "processName", process == null ? null : process.executable().root().name());
    Views.key(node, "processDefinitionKey", task.processDefinitionKey());
    Views.key(node, "processInstanceKey", task.processInstanceKey());
    Views.text(node, "formKey", numericFormKey ? task.formKey() : null);
    return node;
  }
}
