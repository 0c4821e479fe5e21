package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/**
 * An element instance was created and is being entered; {@code flowScopeKey} is -1 for a process
 * instance.
 */
public record ElementActivating(
    long key,
    long processInstanceKey,
    long processDefinitionKey,
    String elementId,
    long flowScopeKey)
    implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state
        .elementInstances()
        .create(
            key,
            processInstanceKey,
            processDefinitionKey,
            elementId,
            flowScopeKey,
            state.recordedAt());
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return processInstanceKey;
  }
}
