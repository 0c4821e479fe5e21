package io.irplaybook.playbook;

import io.camunda.client.api.search.response.UserTask;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An open Camunda user task of a playbook with the variables it sees (innermost scope first), as
 * the inbox would record it.
 */
record StepTask(UserTask task, Map<String, Object> variables) {

  long getKey() {
    return task.getUserTaskKey();
  }

  String getElementId() {
    return task.getElementId();
  }

  String getBpmnProcessId() {
    return task.getBpmnProcessId();
  }

  Map<String, String> getCustomHeaders() {
    return task.getCustomHeaders() == null ? Map.of() : task.getCustomHeaders();
  }

  Map<String, Object> getVariablesAsMap() {
    return variables;
  }

  List<String> getCandidateGroups() {
    return task.getCandidateGroups() == null ? List.of() : task.getCandidateGroups();
  }

  OffsetDateTime getDueDate() {
    return task.getDueDate();
  }
}
