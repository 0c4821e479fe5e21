package io.irplaybook.engine.bpmn.event;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.behavior.MessageBehavior;
import io.irplaybook.engine.behavior.SignalBehavior;
import io.irplaybook.engine.behavior.TimerBehavior;
import io.irplaybook.engine.bpmn.BpmnElementProcessor;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.model.EventTrigger;
import io.irplaybook.engine.model.ExecutableCatchEvent;
import io.irplaybook.engine.state.ElementInstance;
import java.util.Map;

/**
 * An intermediate catch event waits until its trigger arrives: a timer is scheduled on entry and
 * fired by the clock; a message subscription is opened and a correlated message completes the event
 * with its variables; a broadcast signal does the same for a signal subscription. Leaving the event
 * drops what it waited for.
 */
public final class IntermediateCatchEventProcessor
    implements BpmnElementProcessor<ExecutableCatchEvent> {

  private final Behaviors behaviors;
  private final TimerBehavior timers;
  private final MessageBehavior messages;
  private final SignalBehavior signals;

  public IntermediateCatchEventProcessor(Behaviors behaviors) {
    this.behaviors = behaviors;
    this.timers = new TimerBehavior(behaviors);
    this.messages = new MessageBehavior(behaviors);
    this.signals = new SignalBehavior(behaviors);
  }

  @Override
  public Outcome onActivate(ExecutableCatchEvent element, ElementInstance instance) {
    Outcome inputs = behaviors.variables().applyInputMappings(element, instance);
    if (inputs.failed()) {
      return inputs;
    }
    if (element.trigger() == EventTrigger.MESSAGE) {
      MessageBehavior.Prepared subscription = messages.prepare(element, instance);
      if (subscription.failure() != null) {
        return subscription.failure();
      }
      behaviors.transitions().markActivated(instance);
      messages.open(subscription);
      return Outcome.SUCCESS;
    }
    if (element.trigger() == EventTrigger.SIGNAL) {
      SignalBehavior.Prepared subscription = signals.prepare(element, instance);
      if (subscription.failure() != null) {
        return subscription.failure();
      }
      behaviors.transitions().markActivated(instance);
      signals.open(subscription);
      return Outcome.SUCCESS;
    }
    TimerBehavior.Prepared timer = timers.prepare(element, instance);
    if (timer.failure() != null) {
      return timer.failure();
    }
    behaviors.transitions().markActivated(instance);
    timers.schedule(timer);
    return Outcome.SUCCESS;
  }

  /**
   * A message's or signal's variables were set on the event; without output mappings they propagate
   * outwards.
   */
  @Override
  public Outcome onComplete(ExecutableCatchEvent element, ElementInstance instance) {
    Map<String, Object> received =
        element.trigger() == EventTrigger.MESSAGE || element.trigger() == EventTrigger.SIGNAL
            ? behaviors.context().state().variables().local(instance.key())
            : Map.of();
    return behaviors.variables().applyOutputMappings(element, instance, received);
  }
}
