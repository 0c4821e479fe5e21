package io.irplaybook.engine.bpmn.event;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.bpmn.BpmnElementProcessor;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.model.ExecutableBoundaryEvent;
import io.irplaybook.engine.state.ElementInstance;

/**
 * An error boundary event, entered after its activity was interrupted. The error's variables arrive
 * as its local variables and leave through its output mappings, or are merged outwards without
 * them.
 */
public final class BoundaryEventProcessor implements BpmnElementProcessor<ExecutableBoundaryEvent> {

  private final Behaviors behaviors;

  public BoundaryEventProcessor(Behaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Outcome onActivate(ExecutableBoundaryEvent element, ElementInstance instance) {
    behaviors.transitions().markActivated(instance);
    behaviors.transitions().complete(instance);
    return Outcome.SUCCESS;
  }

  @Override
  public Outcome onComplete(ExecutableBoundaryEvent element, ElementInstance instance) {
    var errorVariables = behaviors.context().state().variables().local(instance.key());
    return behaviors.variables().applyOutputMappings(element, instance, errorVariables);
  }
}
