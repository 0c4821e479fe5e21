package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.MutableState;

/** A job's element was left or cancelled, so the job is gone. */
public record JobCanceled(long key) implements EngineEvent {

  @Override
  public void applyTo(MutableState state) {
    state.removeJob(key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.job(key).processInstanceKey();
  }
}
