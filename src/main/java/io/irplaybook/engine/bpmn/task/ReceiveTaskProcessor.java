package io.irplaybook.engine.bpmn.task;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.behavior.MessageBehavior;
import io.irplaybook.engine.bpmn.BpmnElementProcessor;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.model.ExecutableReceiveTask;
import io.irplaybook.engine.state.ElementInstance;

/**
 * A receive task waits for its message like a message catch event, but as an activity it can carry
 * boundary events; the message's variables propagate outwards unless output mappings pick them.
 */
public final class ReceiveTaskProcessor implements BpmnElementProcessor<ExecutableReceiveTask> {

  private final Behaviors behaviors;
  private final MessageBehavior messages;

  public ReceiveTaskProcessor(Behaviors behaviors) {
    this.behaviors = behaviors;
    this.messages = new MessageBehavior(behaviors);
  }

  @Override
  public Outcome onActivate(ExecutableReceiveTask element, ElementInstance instance) {
    Outcome inputs = behaviors.variables().applyInputMappings(element, instance);
    if (inputs.failed()) {
      return inputs;
    }
    MessageBehavior.Prepared subscription = messages.prepare(element, instance);
    if (subscription.failure() != null) {
      return subscription.failure();
    }
    behaviors.transitions().markActivated(instance);
    messages.open(subscription);
    return Outcome.SUCCESS;
  }

  @Override
  public Outcome onComplete(ExecutableReceiveTask element, ElementInstance instance) {
    return behaviors
        .variables()
        .applyOutputMappings(
            element, instance, behaviors.context().state().variables().local(instance.key()));
  }
}
