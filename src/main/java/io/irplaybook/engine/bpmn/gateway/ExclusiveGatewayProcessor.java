package io.irplaybook.engine.bpmn.gateway;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.bpmn.BpmnElementProcessor;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.expression.EvaluationResult;
import io.irplaybook.engine.model.ExecutableFlow;
import io.irplaybook.engine.model.ExecutableGateway;
import io.irplaybook.engine.state.ElementInstance;
import java.util.List;
import java.util.Map;

/**
 * An exclusive gateway: takes the first outgoing flow whose condition is true, else the default
 * flow, else raises an incident. A condition that is not a boolean (FEEL gives null for a missing
 * variable) raises an incident too, as in Zeebe, rather than silently counting as false.
 */
public final class ExclusiveGatewayProcessor implements BpmnElementProcessor<ExecutableGateway> {

  private final Behaviors behaviors;

  public ExclusiveGatewayProcessor(Behaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Outcome onActivate(ExecutableGateway element, ElementInstance instance) {
    ExecutableFlow flow = null;
    if (!element.outgoing().isEmpty()) {
      Map<String, Object> variables =
          behaviors.context().state().variables().visible(instance.flowScopeKey());
      for (ExecutableFlow candidate : element.outgoing()) {
        if (candidate == element.defaultFlow()) {
          continue;
        }
        if (candidate.condition() == null) {
          flow = candidate; // the only flow, unconditioned
          break;
        }
        EvaluationResult result =
            behaviors.expressions().evaluate(candidate.condition(), variables);
        if (result.isFailure()) {
          return Outcome.failure(Outcome.CONDITION_ERROR, result.failure());
        }
        if (!(result.value() instanceof Boolean)) {
          return Outcome.failure(
              Outcome.CONDITION_ERROR,
              "Expected result of the expression '"
                  + candidate.condition().source()
                  + "' to be 'BOOLEAN', but was '"
                  + result.value()
                  + "'"
                  + (result.hint() == null ? "" : " (" + result.hint() + ")"));
        }
        if ((Boolean) result.value()) {
          flow = candidate;
          break;
        }
      }
      if (flow == null) {
        flow = element.defaultFlow();
      }
      if (flow == null) {
        return Outcome.failure(
            Outcome.CONDITION_ERROR,
            "Expected at least one condition to evaluate to true, or to have a default flow,"
                + " but no condition of gateway '"
                + element.id()
                + "' is true and it has no default flow");
      }
    }
    behaviors.transitions().markActivated(instance);
    behaviors.transitions().completeTaking(instance, flow == null ? List.of() : List.of(flow));
    return Outcome.SUCCESS;
  }
}
