package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** A worker took a job until {@code deadline} (epoch milliseconds). */
public record JobActivated(long key, String worker, long deadline) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.jobs().activate(key, worker, deadline);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.jobs().job(key).processInstanceKey();
  }
}
