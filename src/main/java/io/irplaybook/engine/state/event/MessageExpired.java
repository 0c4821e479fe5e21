package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** A buffered message's time to live ran out; its rows are deleted with this batch. */
public record MessageExpired(long key) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.messages().removeMessage(key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return key;
  }
}
