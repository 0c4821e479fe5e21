package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.FinishedElement;
import io.irplaybook.engine.state.Job;
import io.irplaybook.engine.state.ProcessingState;
import io.irplaybook.engine.state.UserTask;
import io.irplaybook.engine.state.UserTaskState;
import java.util.Map;

/**
 * What the appliers of ending events share: something that ends leaves its store, and what it
 * leaves behind goes to the stores of the other domains (its variables, its element's job key, the
 * history).
 */
final class Endings {

  private Endings() {}

  /** The instance is completed or terminated: it and its local variables go to the history. */
  static void elementFinished(ProcessingState state, long key, boolean completed) {
    ElementInstance instance = state.elementInstances().remove(key);
    Map<String, Object> variables = state.variables().removeScope(key);
    if (instance != null) {
      state
          .history()
          .elementFinished(
              new FinishedElement(
                  key,
                  instance.processInstanceKey(),
                  instance.processDefinitionKey(),
                  instance.elementId(),
                  instance.flowScopeKey(),
                  completed,
                  instance.startDate(),
                  state.recordedAt()),
              instance.isProcessInstance() ? variables : null);
    }
  }

  /** The job was completed or canceled: its element no longer waits for it. */
  static void jobRemoved(ProcessingState state, long key) {
    Job job = state.jobs().remove(key);
    if (job != null) {
      state.elementInstances().setJob(job.elementInstanceKey(), 0);
    }
  }

  /** The task was completed or canceled: it leaves the open tasks for the history. */
  static void userTaskEnded(ProcessingState state, long key, UserTaskState endState) {
    UserTask task = state.userTasks().remove(key);
    if (task != null) {
      state.history().userTaskEnded(task.ended(endState, state.recordedAt()));
    }
  }
}
