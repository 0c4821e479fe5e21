package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** An incident was resolved (or its element went away). */
public record IncidentResolved(long key) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.incidents().remove(key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.incidents().incident(key).processInstanceKey();
  }
}
