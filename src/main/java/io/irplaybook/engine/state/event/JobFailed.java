package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** A worker failed a job; with no retries left it waits for an incident to be resolved. */
public record JobFailed(long key, int retries, String errorMessage, long backoffUntil)
    implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.jobs().fail(key, retries, errorMessage, backoffUntil);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.jobs().job(key).processInstanceKey();
  }
}
