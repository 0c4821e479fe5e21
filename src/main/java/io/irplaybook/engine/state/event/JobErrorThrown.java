package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.MutableState;

/** A worker threw a BPMN error for a job. */
public record JobErrorThrown(long key, String errorCode, String errorMessage)
    implements EngineEvent {

  @Override
  public void applyTo(MutableState state) {
    state.markErrorThrown(key, errorMessage);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.job(key).processInstanceKey();
  }
}
