package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** An element instance was cancelled. */
public record ElementTerminated(long key) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    Endings.elementFinished(state, key, false);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.elementInstances().instance(key).processInstanceKey();
  }
}
