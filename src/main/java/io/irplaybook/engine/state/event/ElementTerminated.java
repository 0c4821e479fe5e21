package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.MutableState;

/** An element instance was cancelled. */
public record ElementTerminated(long key) implements EngineEvent {

  @Override
  public void applyTo(MutableState state) {
    state.finishInstance(key, false);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.instance(key).processInstanceKey();
  }
}
