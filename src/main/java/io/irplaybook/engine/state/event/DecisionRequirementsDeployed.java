package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.ProcessingState;

/**
 * A new version of a decision requirements graph; {@code resource} is the DMN XML. It outlives
 * every process instance, so it keeps the default process instance key -1 and stays in the log.
 */
public record DecisionRequirementsDeployed(
    long key,
    String drgId,
    String name,
    int version,
    String resourceName,
    String checksum,
    String resource)
    implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.decisions().putRequirements(key, drgId, name, version, resourceName, checksum, resource);
  }
}
