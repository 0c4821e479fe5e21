package io.irplaybook.engine.state;

import java.util.List;

/**
 * What an update of a user task changes; a null field stays as it is, an empty date clears it (as
 * Camunda's changeset does).
 */
public record UserTaskChanges(
    List<String> candidateGroups,
    List<String> candidateUsers,
    String dueDate,
    String followUpDate,
    Integer priority) {

  public boolean isEmpty() {
    return candidateGroups == null
        && candidateUsers == null
        && dueDate == null
        && followUpDate == null
        && priority == null;
  }
}
