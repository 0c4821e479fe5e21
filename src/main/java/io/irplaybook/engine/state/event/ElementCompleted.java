package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.MutableState;

/** An element instance was left normally. */
public record ElementCompleted(long key) implements EngineEvent {

  @Override
  public void applyTo(MutableState state) {
    state.finishInstance(key, true);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.instance(key).processInstanceKey();
  }
}
