package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;
import io.irplaybook.engine.state.UserTaskState;

/** A user task was completed; its variables are set by the events that follow. */
public record UserTaskCompleted(long key) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    Endings.userTaskEnded(state, key, UserTaskState.COMPLETED);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.userTasks().get(key).processInstanceKey();
  }
}
