package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** The waiting element left (completed or cancelled): broadcasts no longer reach it. */
public record SignalSubscriptionClosed(long key, long processInstanceKey) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.signals().close(key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return processInstanceKey;
  }
}
