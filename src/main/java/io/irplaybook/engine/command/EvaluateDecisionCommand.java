package io.irplaybook.engine.command;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecision;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecisionInput;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecisionOutput;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.MatchedDecisionRule;
import io.irplaybook.engine.dmn.DecisionEvaluation;
import io.irplaybook.engine.dmn.DecisionEvaluator;
import io.irplaybook.engine.processing.Command;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.DeployedDecision;
import java.util.Map;

/**
 * EvaluateDecision: by decision key, or the latest version of a decision id. As in Zeebe, a
 * decision that fails to evaluate is an answer, not a rejection: the response names the failed
 * decision and the reason. Nothing is written to the log, since nothing in the engine changes.
 */
public final class EvaluateDecisionCommand implements Command {

  private final EvaluateDecisionRequest request;
  private final DecisionEvaluator evaluator;
  private final Responder<EvaluateDecisionResponse> responder;

  public EvaluateDecisionCommand(
      EvaluateDecisionRequest request,
      DecisionEvaluator evaluator,
      Responder<EvaluateDecisionResponse> responder) {
    this.request = request;
    this.evaluator = evaluator;
    this.responder = responder;
  }

  @Override
  public void process(ProcessingContext context) {
    boolean byKey = request.getDecisionKey() > 0;
    DeployedDecision decision =
        byKey
            ? context.state().decisions().decision(request.getDecisionKey())
            : context.state().decisions().latestDecision(request.getDecisionId());
    if (decision == null) {
      String wanted =
          byKey ? "key '" + request.getDecisionKey() + "'" : "id '" + request.getDecisionId() + "'";
      context.reject(
          responder,
          Rejection.notFound(
              "Expected to evaluate decision '"
                  + (byKey ? request.getDecisionKey() : request.getDecisionId())
                  + "', but no decision found for "
                  + wanted));
      return;
    }
    Map<String, Object> variables = JsonDocuments.parse(request.getVariables());
    if (variables == null) {
      context.reject(
          responder,
          Rejection.invalidArgument(
              JsonDocuments.notAnObject("variables", request.getVariables())));
      return;
    }
    DecisionEvaluation evaluation = evaluator.evaluate(decision, variables);
    context.respond(responder, response(context, decision, evaluation));
  }

  private static EvaluateDecisionResponse response(
      ProcessingContext context, DeployedDecision decision, DecisionEvaluation evaluation) {
    EvaluateDecisionResponse.Builder response =
        EvaluateDecisionResponse.newBuilder()
            .setDecisionKey(decision.key())
            .setDecisionId(decision.decisionId())
            .setDecisionName(nullToEmpty(decision.name()))
            .setDecisionVersion(decision.version())
            .setDecisionRequirementsId(decision.requirements().drgId())
            .setDecisionRequirementsKey(decision.requirements().key())
            .setDecisionOutput(evaluation.output())
            .setDecisionInstanceKey(context.nextKey())
            .setTenantId(DeployResourceCommand.TENANT);
    if (evaluation.failed()) {
      response
          .setFailedDecisionId(evaluation.failedDecisionId())
          .setFailureMessage(evaluation.failureMessage());
    }
    for (DecisionEvaluation.EvaluatedDecision evaluated : evaluation.evaluatedDecisions()) {
      DeployedDecision deployed =
          context.state().decisions().latestDecision(evaluated.decisionId());
      EvaluatedDecision.Builder builder =
          EvaluatedDecision.newBuilder()
              .setDecisionId(evaluated.decisionId())
              .setDecisionName(nullToEmpty(evaluated.decisionName()))
              .setDecisionType(evaluated.decisionType())
              .setDecisionOutput(evaluated.output())
              .setTenantId(DeployResourceCommand.TENANT);
      if (deployed != null) {
        builder.setDecisionKey(deployed.key()).setDecisionVersion(deployed.version());
      }
      evaluated
          .inputs()
          .forEach(
              input ->
                  builder.addEvaluatedInputs(
                      EvaluatedDecisionInput.newBuilder()
                          .setInputId(input.inputId())
                          .setInputName(nullToEmpty(input.inputName()))
                          .setInputValue(input.value())));
      for (DecisionEvaluation.MatchedRule rule : evaluated.matchedRules()) {
        MatchedDecisionRule.Builder matched =
            MatchedDecisionRule.newBuilder()
                .setRuleId(rule.ruleId())
                .setRuleIndex(rule.ruleIndex());
        rule.outputs()
            .forEach(
                output ->
                    matched.addEvaluatedOutputs(
                        EvaluatedDecisionOutput.newBuilder()
                            .setOutputId(output.outputId())
                            .setOutputName(nullToEmpty(output.outputName()))
                            .setOutputValue(output.value())));
        builder.addMatchedRules(matched);
      }
      response.addEvaluatedDecisions(builder);
    }
    return response.build();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  @Override
  public void abandon(Rejection rejection) {
    responder.reject(rejection);
  }

  @Override
  public String toString() {
    return "EvaluateDecision["
        + (request.getDecisionKey() > 0 ? request.getDecisionKey() : request.getDecisionId())
        + "]";
  }
}
