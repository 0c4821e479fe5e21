package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/** A user task was assigned; a null {@code assignee} means it was unassigned. */
public record UserTaskAssigned(long key, String assignee) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.userTasks().assign(key, assignee);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.userTasks().get(key).processInstanceKey();
  }
}
