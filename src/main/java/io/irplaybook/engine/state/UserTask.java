package io.irplaybook.engine.state;

import java.util.List;
import java.util.Map;

/**
 * A Camunda user task held by the engine. What the model fixed at creation is final; assignee,
 * candidates, dates and priority change by events only.
 *
 * @param dueDate ISO-8601 date and time with offset, or null
 * @param followUpDate ISO-8601 date and time with offset, or null
 * @param creationDate epoch milliseconds
 * @param completionDate epoch milliseconds when completed or canceled, else 0
 */
public record UserTask(
    long key,
    long elementInstanceKey,
    long processInstanceKey,
    long processDefinitionKey,
    String bpmnProcessId,
    int processDefinitionVersion,
    String elementId,
    String name,
    String assignee,
    List<String> candidateGroups,
    List<String> candidateUsers,
    String dueDate,
    String followUpDate,
    int priority,
    String formKey,
    String externalFormReference,
    Map<String, String> customHeaders,
    long creationDate,
    UserTaskState state,
    long completionDate) {

  public UserTask {
    candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
    candidateUsers = candidateUsers == null ? List.of() : List.copyOf(candidateUsers);
    customHeaders = customHeaders == null ? Map.of() : Map.copyOf(customHeaders);
  }

  UserTask withAssignee(String newAssignee) {
    return new UserTask(
        key,
        elementInstanceKey,
        processInstanceKey,
        processDefinitionKey,
        bpmnProcessId,
        processDefinitionVersion,
        elementId,
        name,
        newAssignee,
        candidateGroups,
        candidateUsers,
        dueDate,
        followUpDate,
        priority,
        formKey,
        externalFormReference,
        customHeaders,
        creationDate,
        state,
        completionDate);
  }

  UserTask withChanges(UserTaskChanges changes) {
    return new UserTask(
        key,
        elementInstanceKey,
        processInstanceKey,
        processDefinitionKey,
        bpmnProcessId,
        processDefinitionVersion,
        elementId,
        name,
        assignee,
        changes.candidateGroups() != null ? changes.candidateGroups() : candidateGroups,
        changes.candidateUsers() != null ? changes.candidateUsers() : candidateUsers,
        changes.dueDate() != null ? emptyToNull(changes.dueDate()) : dueDate,
        changes.followUpDate() != null ? emptyToNull(changes.followUpDate()) : followUpDate,
        changes.priority() != null ? changes.priority() : priority,
        formKey,
        externalFormReference,
        customHeaders,
        creationDate,
        state,
        completionDate);
  }

  public UserTask ended(UserTaskState endState, long at) {
    return new UserTask(
        key,
        elementInstanceKey,
        processInstanceKey,
        processDefinitionKey,
        bpmnProcessId,
        processDefinitionVersion,
        elementId,
        name,
        assignee,
        candidateGroups,
        candidateUsers,
        dueDate,
        followUpDate,
        priority,
        formKey,
        externalFormReference,
        customHeaders,
        creationDate,
        endState,
        at);
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
