package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;
import io.irplaybook.engine.state.UserTaskState;

/**
 * A user task was canceled with its element (the instance was cancelled or an interrupting event
 * left it).
 */
public record UserTaskCanceled(long key) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    Endings.userTaskEnded(state, key, UserTaskState.CANCELED);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.userTasks().get(key).processInstanceKey();
  }
}
