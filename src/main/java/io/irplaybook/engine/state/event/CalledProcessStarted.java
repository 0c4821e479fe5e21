package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/**
 * A call activity started a child process instance. Stored with the parent's rows: the parent
 * outlives the child, and finishing the child must not erase the link the parent still needs.
 */
public record CalledProcessStarted(long callActivityInstanceKey, long childProcessInstanceKey)
    implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.elementInstances().linkCalledProcess(callActivityInstanceKey, childProcessInstanceKey);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.elementInstances().instance(callActivityInstanceKey).processInstanceKey();
  }
}
