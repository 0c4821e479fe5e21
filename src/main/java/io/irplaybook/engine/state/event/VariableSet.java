package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.MutableState;

/**
 * A variable was created or changed on a scope; {@code value} is JSON-compatible. {@code key} is
 * the variable's own key, kept when it changes (0 in logs written before variables had keys).
 */
public record VariableSet(long scopeKey, String name, Object value, long key)
    implements EngineEvent {

  @Override
  public void applyTo(MutableState state) {
    state.setVariable(scopeKey, name, value, key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.instance(scopeKey).processInstanceKey();
  }
}
