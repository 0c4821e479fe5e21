package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** An activated job passed its deadline and may be taken again; no retry is used. */
public record JobTimedOut(long key) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.jobs().makeActivatable(key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.jobs().job(key).processInstanceKey();
  }
}
