package io.irplaybook.engine.bpmn.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.bpmn.BpmnElementProcessor;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.dmn.DecisionEvaluation;
import io.irplaybook.engine.dmn.DecisionEvaluator;
import io.irplaybook.engine.expression.EvaluationResult;
import io.irplaybook.engine.model.CalledDecision;
import io.irplaybook.engine.model.ExecutableBusinessRuleTask;
import io.irplaybook.engine.state.DeployedDecision;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.EventCodec;
import java.util.HashMap;
import java.util.Map;

/**
 * A business rule task with {@code zeebe:calledDecision}: evaluates the latest version of the
 * decision against the task's variables and completes at once. As Zeebe documents, the result is
 * set on the task's own scope, so output mappings can read it; without output mappings it is merged
 * into the enclosing scopes like a job's variables. An unknown decision or a failed evaluation
 * leaves the task waiting with an incident; resolving it evaluates again.
 */
public final class BusinessRuleTaskProcessor
    implements BpmnElementProcessor<ExecutableBusinessRuleTask> {

  public static final String CALLED_DECISION_ERROR = "CALLED_DECISION_ERROR";
  public static final String DECISION_EVALUATION_ERROR = "DECISION_EVALUATION_ERROR";

  private final Behaviors behaviors;
  private final DecisionEvaluator evaluator;

  public BusinessRuleTaskProcessor(Behaviors behaviors, DecisionEvaluator evaluator) {
    this.behaviors = behaviors;
    this.evaluator = evaluator;
  }

  @Override
  public Outcome onActivate(ExecutableBusinessRuleTask element, ElementInstance instance) {
    Outcome inputs = behaviors.variables().applyInputMappings(element, instance);
    if (inputs.failed()) {
      return inputs;
    }
    CalledDecision called = element.calledDecision();
    Map<String, Object> variables = behaviors.context().state().variables().visible(instance.key());
    EvaluationResult decisionId = behaviors.expressions().evaluate(called.decisionId(), variables);
    if (decisionId.isFailure()) {
      return Outcome.failure(Outcome.EXTRACT_VALUE_ERROR, decisionId.failure());
    }
    if (!(decisionId.value() instanceof String id)) {
      return Outcome.failure(
          Outcome.EXTRACT_VALUE_ERROR,
          "Expected result of the expression '"
              + called.decisionId().source()
              + "' to be 'STRING', but was '"
              + decisionId.value()
              + "'");
    }
    DeployedDecision decision = behaviors.context().state().decisions().latestDecision(id);
    if (decision == null) {
      return Outcome.failure(
          CALLED_DECISION_ERROR,
          "Expected to evaluate decision '" + id + "', but no decision found for id '" + id + "'");
    }
    DecisionEvaluation evaluation = evaluator.evaluate(decision, variables);
    if (evaluation.failed()) {
      return Outcome.failure(DECISION_EVALUATION_ERROR, evaluation.failureMessage());
    }
    behaviors
        .variables()
        .setLocal(instance.key(), called.resultVariable(), parse(evaluation.output()));
    behaviors.transitions().markActivated(instance);
    behaviors.transitions().complete(instance);
    return Outcome.SUCCESS;
  }

  @Override
  public Outcome onComplete(ExecutableBusinessRuleTask element, ElementInstance instance) {
    String name = element.calledDecision().resultVariable();
    Map<String, Object> result = new HashMap<>(); // the result may be null: Map.of would refuse it
    result.put(name, behaviors.context().state().variables().local(instance.key()).get(name));
    return behaviors.variables().applyOutputMappings(element, instance, result);
  }

  private static Object parse(String json) {
    try {
      return EventCodec.JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Expected the decision output to be JSON, but " + e.getOriginalMessage(), e);
    }
  }
}
