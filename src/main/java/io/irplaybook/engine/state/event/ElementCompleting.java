package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.ElementState;
import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** An element instance is being left. */
public record ElementCompleting(long key) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.elementInstances().setState(key, ElementState.COMPLETING);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.elementInstances().instance(key).processInstanceKey();
  }
}
