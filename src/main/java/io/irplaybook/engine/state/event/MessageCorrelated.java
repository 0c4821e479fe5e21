package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/**
 * A buffered message reached a process instance; it never reaches that instance again. Kept with
 * the message's rows, as the fact matters only while the message lives.
 */
public record MessageCorrelated(long messageKey, long processInstanceKey) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.messages().markCorrelated(messageKey, processInstanceKey);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return messageKey;
  }
}
