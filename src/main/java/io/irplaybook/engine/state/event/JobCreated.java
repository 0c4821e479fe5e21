package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.Job;
import io.irplaybook.engine.state.MutableState;
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
  public void applyTo(MutableState state) {
    state.createJob(
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
    state.setInstanceJob(elementInstanceKey, key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return processInstanceKey;
  }
}
