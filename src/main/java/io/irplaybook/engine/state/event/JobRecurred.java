package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** A job may be taken again: its back-off elapsed or its incident was resolved. */
public record JobRecurred(long key) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.jobs().makeActivatable(key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.jobs().job(key).processInstanceKey();
  }
}
