package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.MutableState;

/** A variable was created or changed on a scope; {@code value} is JSON-compatible. */
public record VariableSet(long scopeKey, String name, Object value) implements EngineEvent {

  @Override
  public void applyTo(MutableState state) {
    state.setVariable(scopeKey, name, value);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.instance(scopeKey).processInstanceKey();
  }
}
