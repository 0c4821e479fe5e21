package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/**
 * A message start event started an instance for a correlation key; no second one starts while it
 * runs.
 */
public record MessageStartCorrelated(
    String bpmnProcessId, String correlationKey, long processInstanceKey) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.messages().startedBy(bpmnProcessId, correlationKey, processInstanceKey);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return processInstanceKey;
  }
}
