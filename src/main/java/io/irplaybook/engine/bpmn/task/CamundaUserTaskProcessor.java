package io.irplaybook.engine.bpmn.task;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.behavior.UserTaskBehavior.PreparedUserTask;
import io.irplaybook.engine.bpmn.BpmnElementProcessor;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.model.ExecutableCamundaUserTask;
import io.irplaybook.engine.state.ElementInstance;
import java.util.Map;

/**
 * Camunda user tasks ({@code zeebe:userTask}): the element waits while the engine holds the task,
 * until the task is completed through the REST API. Leaving the element any other way (an
 * interrupting boundary event, a cancelled instance) cancels the task.
 */
public final class CamundaUserTaskProcessor
    implements BpmnElementProcessor<ExecutableCamundaUserTask> {

  private final Behaviors behaviors;

  public CamundaUserTaskProcessor(Behaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Outcome onActivate(ExecutableCamundaUserTask element, ElementInstance instance) {
    Outcome inputs = behaviors.variables().applyInputMappings(element, instance);
    if (inputs.failed()) {
      return inputs;
    }
    PreparedUserTask task = behaviors.userTasks().prepare(element, instance);
    if (task.failure() != null) {
      return task.failure();
    }
    behaviors.transitions().markActivated(instance);
    behaviors.userTasks().create(task);
    return Outcome.SUCCESS;
  }

  @Override
  public Outcome onComplete(ExecutableCamundaUserTask element, ElementInstance instance) {
    return behaviors.variables().applyOutputMappings(element, instance, Map.of());
  }

  @Override
  public void onTerminate(ExecutableCamundaUserTask element, ElementInstance instance) {
    behaviors.userTasks().cancel(instance);
  }
}
