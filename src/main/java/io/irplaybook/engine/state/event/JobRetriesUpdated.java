package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.MutableState;

/** A job's retries were set. */
public record JobRetriesUpdated(long key, int retries) implements EngineEvent {

  @Override
  public void applyTo(MutableState state) {
    state.setJobRetries(key, retries);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.job(key).processInstanceKey();
  }
}
