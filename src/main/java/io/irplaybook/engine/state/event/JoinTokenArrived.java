package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** A token reached a joining parallel gateway and waits for the other incoming flows. */
public record JoinTokenArrived(long scopeKey, String gatewayId, String flowId)
    implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.elementInstances().addJoinToken(scopeKey, gatewayId, flowId);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.elementInstances().instance(scopeKey).processInstanceKey();
  }
}
