package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/**
 * A variable was created or changed on a scope; {@code value} is JSON-compatible. {@code key} is
 * the variable's own key, kept when it changes (0 in logs written before variables had keys).
 */
public record VariableSet(long scopeKey, String name, Object value, long key)
    implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.variables().set(scopeKey, name, value, key);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.elementInstances().instance(scopeKey).processInstanceKey();
  }
}
