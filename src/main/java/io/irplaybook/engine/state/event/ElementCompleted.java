package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** An element instance was left normally. */
public record ElementCompleted(long key) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    Endings.elementFinished(state, key, true);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.elementInstances().instance(key).processInstanceKey();
  }
}
