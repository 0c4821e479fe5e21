package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.MutableState;

/** A job may be taken again: its back-off elapsed or its incident was resolved. */
public record JobRecurred(long key) implements EngineEvent {

  @Override
  public void applyTo(MutableState state) {
    state.makeActivatable(key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.job(key).processInstanceKey();
  }
}
