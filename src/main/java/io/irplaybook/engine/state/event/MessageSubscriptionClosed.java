package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** The waiting element left (completed or cancelled): it no longer receives messages. */
public record MessageSubscriptionClosed(long key, long processInstanceKey) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.messages().closeSubscription(key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return processInstanceKey;
  }
}
