package io.irplaybook.engine.bpmn.event;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.behavior.TimerBehavior;
import io.irplaybook.engine.bpmn.BpmnElementProcessor;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.model.ExecutableElement;
import io.irplaybook.engine.state.ElementInstance;
import java.util.Map;

/**
 * An intermediate catch event waits until its trigger arrives: a timer is scheduled on entry and
 * fired by the clock (which completes the event). Leaving the event drops what it waited for.
 */
public final class IntermediateCatchEventProcessor implements BpmnElementProcessor {

  private final Behaviors behaviors;
  private final TimerBehavior timers;

  public IntermediateCatchEventProcessor(Behaviors behaviors) {
    this.behaviors = behaviors;
    this.timers = new TimerBehavior(behaviors);
  }

  @Override
  public Outcome onActivate(ExecutableElement element, ElementInstance instance) {
    Outcome inputs = behaviors.variables().applyInputMappings(element, instance);
    if (inputs.failed()) {
      return inputs;
    }
    TimerBehavior.Prepared timer = timers.prepare(element, instance);
    if (timer.failure() != null) {
      return timer.failure();
    }
    behaviors.transitions().markActivated(instance);
    timers.schedule(timer);
    return Outcome.SUCCESS;
  }

  @Override
  public Outcome onComplete(ExecutableElement element, ElementInstance instance) {
    return behaviors.variables().applyOutputMappings(element, instance, Map.of());
  }
}
