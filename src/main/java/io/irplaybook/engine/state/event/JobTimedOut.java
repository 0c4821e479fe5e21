package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.MutableState;

/** An activated job passed its deadline and may be taken again; no retry is used. */
public record JobTimedOut(long key) implements EngineEvent {

  @Override
  public void applyTo(MutableState state) {
    state.makeActivatable(key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.job(key).processInstanceKey();
  }
}
