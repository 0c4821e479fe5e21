package io.irplaybook.engine.bpmn.gateway;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.bpmn.BpmnElementProcessor;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.model.ExecutableGateway;
import io.irplaybook.engine.state.ElementInstance;

/**
 * A parallel gateway. The join is done before activation (the transitions activate a joining
 * gateway only when every incoming flow has a token); activated, it forks on every outgoing flow.
 */
public final class ParallelGatewayProcessor implements BpmnElementProcessor<ExecutableGateway> {

  private final Behaviors behaviors;

  public ParallelGatewayProcessor(Behaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Outcome onActivate(ExecutableGateway element, ElementInstance instance) {
    behaviors.transitions().markActivated(instance);
    behaviors.transitions().complete(instance);
    return Outcome.SUCCESS;
  }
}
