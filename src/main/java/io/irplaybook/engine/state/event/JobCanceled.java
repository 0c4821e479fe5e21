package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** A job's element was left or cancelled, so the job is gone. */
public record JobCanceled(long key) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    Endings.jobRemoved(state, key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.jobs().job(key).processInstanceKey();
  }
}
