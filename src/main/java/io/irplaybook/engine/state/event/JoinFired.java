package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** Every incoming flow of a parallel join had a token: one of each was used up. */
public record JoinFired(long scopeKey, String gatewayId) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.elementInstances().consumeJoinTokens(scopeKey, gatewayId);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.elementInstances().instance(scopeKey).processInstanceKey();
  }
}
