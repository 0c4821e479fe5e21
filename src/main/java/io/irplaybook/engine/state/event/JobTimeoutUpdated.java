package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** An activated job's deadline was moved. */
public record JobTimeoutUpdated(long key, long deadline) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.jobs().setDeadline(key, deadline);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.jobs().job(key).processInstanceKey();
  }
}
