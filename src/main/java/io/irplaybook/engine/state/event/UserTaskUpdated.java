package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;
import io.irplaybook.engine.state.UserTaskChanges;

/** Candidates, dates or priority of a user task changed (see {@link UserTaskChanges}). */
public record UserTaskUpdated(long key, UserTaskChanges changes) implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state.userTasks().update(key, changes);
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return state.userTasks().get(key).processInstanceKey();
  }
}
