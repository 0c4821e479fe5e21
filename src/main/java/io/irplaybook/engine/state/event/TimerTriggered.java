package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/**
 * A timer fired. Stored in the same transaction as what the firing caused, so after a crash the
 * timer has either fired (and is gone) or not (and fires again): never twice.
 */
public record TimerTriggered(long key, long processInstanceKey) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.timers().remove(key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return processInstanceKey;
  }
}
