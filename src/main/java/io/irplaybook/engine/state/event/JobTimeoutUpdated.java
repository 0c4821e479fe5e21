package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.MutableState;

/** An activated job's deadline was moved. */
public record JobTimeoutUpdated(long key, long deadline) implements EngineEvent {

  @Override
  public void applyTo(MutableState state) {
    state.setJobDeadline(key, deadline);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.job(key).processInstanceKey();
  }
}
