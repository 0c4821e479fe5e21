package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.ProcessingState;

/**
 * A new version of a decision, part of the graph deployed as {@code requirementsKey}; never deleted
 * from the log.
 */
public record DecisionDeployed(
    long key, String decisionId, String name, int version, long requirementsKey)
    implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.decisions().putDecision(key, decisionId, name, version, requirementsKey);
  }
}
