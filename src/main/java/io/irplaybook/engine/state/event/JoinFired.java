package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.MutableState;

/** Every incoming flow of a parallel join had a token: one of each was used up. */
public record JoinFired(long scopeKey, String gatewayId) implements EngineEvent {

  @Override
  public void applyTo(MutableState state) {
    state.consumeJoinTokens(scopeKey, gatewayId);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.instance(scopeKey).processInstanceKey();
  }
}
