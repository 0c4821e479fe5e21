package io.irplaybook.engine.bpmn.container;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.bpmn.BpmnElementProcessor;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.model.ExecutableContainer;
import io.irplaybook.engine.state.ElementInstance;

/**
 * The process itself: starts at its none start event (or the message start event it was started at)
 * and completes when nothing is left inside.
 */
public final class ProcessProcessor implements BpmnElementProcessor<ExecutableContainer> {

  private final Behaviors behaviors;

  public ProcessProcessor(Behaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Outcome onActivate(ExecutableContainer element, ElementInstance instance) {
    behaviors.transitions().markActivated(instance);
    behaviors.transitions().activateChild(behaviors.transitions().startEventOf(element), instance);
    return Outcome.SUCCESS;
  }
}
