package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.MutableState;

/** A token reached a joining parallel gateway and waits for the other incoming flows. */
public record JoinTokenArrived(long scopeKey, String gatewayId, String flowId)
    implements EngineEvent {

  @Override
  public void applyTo(MutableState state) {
    state.addJoinToken(scopeKey, gatewayId, flowId);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.instance(scopeKey).processInstanceKey();
  }
}
