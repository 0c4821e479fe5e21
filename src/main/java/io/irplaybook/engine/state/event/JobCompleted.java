package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** A worker completed a job. */
public record JobCompleted(long key) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    Endings.jobRemoved(state, key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.jobs().job(key).processInstanceKey();
  }
}
