package io.irplaybook.engine.bpmn.event;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.bpmn.BpmnElementProcessor;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.model.ExecutableElement;
import io.irplaybook.engine.state.ElementInstance;
import java.util.Map;

/**
 * None start and none end events: pass straight through. An end event with no outgoing flow lets
 * its scope complete once nothing else is active there.
 */
public final class NoneEventProcessor implements BpmnElementProcessor<ExecutableElement> {

  private final Behaviors behaviors;

  public NoneEventProcessor(Behaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Outcome onActivate(ExecutableElement element, ElementInstance instance) {
    Outcome inputs = behaviors.variables().applyInputMappings(element, instance);
    if (inputs.failed()) {
      return inputs;
    }
    behaviors.transitions().markActivated(instance);
    behaviors.transitions().complete(instance);
    return Outcome.SUCCESS;
  }

  @Override
  public Outcome onComplete(ExecutableElement element, ElementInstance instance) {
    return behaviors.variables().applyOutputMappings(element, instance, Map.of());
  }
}
