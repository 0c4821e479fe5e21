package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.ProcessingState;

/**
 * A new version of a process was deployed; {@code resource} is the BPMN XML it was compiled from.
 */
public record ProcessDeployed(
    long key,
    String bpmnProcessId,
    int version,
    String resourceName,
    String checksum,
    String resource)
    implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.processes().put(key, bpmnProcessId, version, resourceName, checksum, resource);
  }
}
