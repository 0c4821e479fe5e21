package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** A worker threw a BPMN error for a job. */
public record JobErrorThrown(long key, String errorCode, String errorMessage)
    implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.jobs().markErrorThrown(key, errorMessage);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.jobs().job(key).processInstanceKey();
  }
}
