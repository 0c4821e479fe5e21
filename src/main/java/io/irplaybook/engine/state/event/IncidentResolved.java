package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.MutableState;

/** An incident was resolved (or its element went away). */
public record IncidentResolved(long key) implements EngineEvent {

  @Override
  public void applyTo(MutableState state) {
    state.removeIncident(key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.incident(key).processInstanceKey();
  }
}
