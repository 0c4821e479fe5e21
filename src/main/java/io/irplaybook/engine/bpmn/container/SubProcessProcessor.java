package io.irplaybook.engine.bpmn.container;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.bpmn.BpmnElementProcessor;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.model.ExecutableContainer;
import io.irplaybook.engine.state.ElementInstance;
import java.util.Map;

/**
 * An embedded sub-process: a scope of its own (input mappings make local variables), started at its
 * none start event; only output mappings carry its local variables out.
 */
public final class SubProcessProcessor implements BpmnElementProcessor<ExecutableContainer> {

  private final Behaviors behaviors;

  public SubProcessProcessor(Behaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Outcome onActivate(ExecutableContainer element, ElementInstance instance) {
    Outcome inputs = behaviors.variables().applyInputMappings(element, instance);
    if (inputs.failed()) {
      return inputs;
    }
    behaviors.transitions().markActivated(instance);
    behaviors.transitions().activateChild(element.noneStartEvent(), instance);
    return Outcome.SUCCESS;
  }

  @Override
  public Outcome onComplete(ExecutableContainer element, ElementInstance instance) {
    return behaviors.variables().applyOutputMappings(element, instance, Map.of());
  }
}
