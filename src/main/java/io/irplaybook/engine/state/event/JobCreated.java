package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.Job;
import io.irplaybook.engine.state.ProcessingState;
import java.util.Map;

/** A task created a job for a worker. */
public record JobCreated(
    long key,
    String type,
    int retries,
    Map<String, String> customHeaders,
    long elementInstanceKey,
    long processInstanceKey,
    long processDefinitionKey,
    String bpmnProcessId,
    int processDefinitionVersion,
    String elementId)
    implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state
        .jobs()
        .create(
            new Job(
                key,
                type,
                retries,
                customHeaders,
                elementInstanceKey,
                processInstanceKey,
                processDefinitionKey,
                bpmnProcessId,
                processDefinitionVersion,
                elementId));
    state.elementInstances().setJob(elementInstanceKey, key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return processInstanceKey;
  }
}
