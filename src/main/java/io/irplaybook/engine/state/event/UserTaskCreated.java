package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;
import io.irplaybook.engine.state.UserTask;
import io.irplaybook.engine.state.UserTaskState;
import java.util.List;
import java.util.Map;

/** A Camunda user task was created for an element instance; it is dated when recorded. */
public record UserTaskCreated(
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
    Map<String, String> customHeaders)
    implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state
        .userTasks()
        .create(
            new UserTask(
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
                state.recordedAt(),
                UserTaskState.CREATED,
                0));
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return processInstanceKey;
  }
}
