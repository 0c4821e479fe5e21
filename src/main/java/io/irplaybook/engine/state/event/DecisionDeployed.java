package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.MutableState;

/**
 * A new version of a decision, part of the graph deployed as {@code requirementsKey}; never deleted
 * from the log.
 */
public record DecisionDeployed(
    long key, String decisionId, String name, int version, long requirementsKey)
    implements EngineEvent {

  @Override
  public void applyTo(MutableState state) {
    state.decisionStore().putDecision(key, decisionId, name, version, requirementsKey);
  }
}
