package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.MutableState;

/** A worker took a job until {@code deadline} (epoch milliseconds). */
public record JobActivated(long key, String worker, long deadline) implements EngineEvent {

  @Override
  public void applyTo(MutableState state) {
    state.activateJob(key, worker, deadline);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.job(key).processInstanceKey();
  }
}
