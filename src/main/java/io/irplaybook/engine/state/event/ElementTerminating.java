package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.ElementState;
import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.MutableState;

/** An element instance is being cancelled. */
public record ElementTerminating(long key) implements EngineEvent {

  @Override
  public void applyTo(MutableState state) {
    state.setElementState(key, ElementState.TERMINATING);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.instance(key).processInstanceKey();
  }
}
