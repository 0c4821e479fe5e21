package io.irplaybook.engine.bpmn.gateway;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.bpmn.BpmnElementProcessor;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.expression.EvaluationResult;
import io.irplaybook.engine.model.ExecutableFlow;
import io.irplaybook.engine.model.ExecutableGateway;
import io.irplaybook.engine.state.ElementInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An inclusive gateway's fork: takes every outgoing flow whose condition is true, the default flow
 * only when none is, and raises an incident when none is and there is no default. The join (waiting
 * for the tokens that can still arrive) happens before activation, in {@code InclusiveJoins}.
 */
public final class InclusiveGatewayProcessor implements BpmnElementProcessor<ExecutableGateway> {

  private final Behaviors behaviors;

  public InclusiveGatewayProcessor(Behaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Outcome onActivate(ExecutableGateway element, ElementInstance instance) {
    List<ExecutableFlow> flows = new ArrayList<>();
    Map<String, Object> variables =
        behaviors.context().state().variables().visible(instance.flowScopeKey());
    for (ExecutableFlow candidate : element.outgoing()) {
      if (candidate == element.defaultFlow()) {
        continue;
      }
      if (candidate.condition() == null) {
        flows.add(candidate); // the only flow, unconditioned (deploy-time rules allow nothing else)
        continue;
      }
      EvaluationResult result = behaviors.expressions().evaluate(candidate.condition(), variables);
      if (result.isFailure()) {
        return Outcome.failure(Outcome.CONDITION_ERROR, result.failure());
      }
      if (Boolean.TRUE.equals(result.value())) {
        flows.add(candidate);
      }
    }
    if (flows.isEmpty() && element.defaultFlow() != null) {
      flows.add(element.defaultFlow());
    }
    if (flows.isEmpty() && !element.outgoing().isEmpty()) {
      return Outcome.failure(
          Outcome.CONDITION_ERROR,
          "Expected at least one condition to evaluate to true, or to have a default flow,"
              + " but no condition of inclusive gateway '"
              + element.id()
              + "' is true and it has no default flow");
    }
    behaviors.transitions().markActivated(instance);
    behaviors.transitions().completeTaking(instance, flows);
    return Outcome.SUCCESS;
  }
}
