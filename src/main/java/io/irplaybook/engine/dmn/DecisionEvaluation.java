package io.irplaybook.engine.dmn;

import java.util.List;

/**
 * What evaluating a decision gave, in the shape Zeebe reports it: the output, every decision that
 * was evaluated on the way (required decisions first), and on failure the failing decision and why.
 * Values are JSON text, as in Zeebe's records.
 */
public record DecisionEvaluation(
    String output,
    List<EvaluatedDecision> evaluatedDecisions,
    String failedDecisionId,
    String failureMessage) {

  public boolean failed() {
    return failureMessage != null;
  }

  public record EvaluatedDecision(
      String decisionId,
      String decisionName,
      String decisionType,
      String output,
      List<EvaluatedInput> inputs,
      List<MatchedRule> matchedRules) {}

  public record EvaluatedInput(String inputId, String inputName, String value) {}

  public record MatchedRule(String ruleId, int ruleIndex, List<EvaluatedOutput> outputs) {}

  public record EvaluatedOutput(String outputId, String outputName, String value) {}
}
