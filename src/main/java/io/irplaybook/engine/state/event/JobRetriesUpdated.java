package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** A job's retries were set. */
public record JobRetriesUpdated(long key, int retries) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.jobs().setRetries(key, retries);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.jobs().job(key).processInstanceKey();
  }
}
