package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.ElementState;
import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** An element instance is being cancelled. */
public record ElementTerminating(long key) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.elementInstances().setState(key, ElementState.TERMINATING);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.elementInstances().instance(key).processInstanceKey();
  }
}
