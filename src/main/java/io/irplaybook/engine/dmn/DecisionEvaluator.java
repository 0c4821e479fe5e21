package io.irplaybook.engine.dmn;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.irplaybook.engine.dmn.DecisionEvaluation.EvaluatedDecision;
import io.irplaybook.engine.dmn.DecisionEvaluation.EvaluatedInput;
import io.irplaybook.engine.dmn.DecisionEvaluation.EvaluatedOutput;
import io.irplaybook.engine.dmn.DecisionEvaluation.MatchedRule;
import io.irplaybook.engine.expression.FeelValues;
import io.irplaybook.engine.state.DeployedDecision;
import io.irplaybook.engine.state.EventCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.dmn.Audit;
import org.camunda.dmn.DmnEngine;
import org.camunda.dmn.parser.ParsedDecisionTable;
import org.camunda.dmn.parser.ParsedRule;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValBoolean;
import org.camunda.feel.syntaxtree.ValContext;
import org.camunda.feel.syntaxtree.ValDate;
import org.camunda.feel.syntaxtree.ValDateTime;
import org.camunda.feel.syntaxtree.ValDayTimeDuration;
import org.camunda.feel.syntaxtree.ValList;
import org.camunda.feel.syntaxtree.ValLocalDateTime;
import org.camunda.feel.syntaxtree.ValLocalTime;
import org.camunda.feel.syntaxtree.ValNumber;
import org.camunda.feel.syntaxtree.ValString;
import org.camunda.feel.syntaxtree.ValYearMonthDuration;
import scala.jdk.javaapi.CollectionConverters;
import scala.util.Either;

/**
 * Evaluates a deployed decision with dmn-scala and turns its audit log into a {@link
 * DecisionEvaluation}. Evaluation never throws: a failure is part of the result, so the caller
 * decides whether it becomes an incident or a failed EvaluateDecision response.
 */
public final class DecisionEvaluator {

  private final DmnEngine engine = new DmnEngine.Builder().build();

  public DecisionEvaluation evaluate(DeployedDecision decision, Map<String, Object> variables) {
    Either<DmnEngine.EvalFailure, DmnEngine.EvalResult> result;
    try {
      result = engine.eval(decision.requirements().parsed(), decision.decisionId(), variables);
    } catch (RuntimeException e) {
      return new DecisionEvaluation(
          "null",
          List.of(),
          decision.decisionId(),
          "Expected to evaluate decision '" + decision.decisionId() + "', but it failed: " + e);
    }
    if (result.isLeft()) {
      DmnEngine.EvalFailure failure = result.left().get();
      List<EvaluatedDecision> evaluated = evaluated(failure.auditLog());
      return new DecisionEvaluation(
          "null",
          evaluated,
          failedDecisionId(failure, decision),
          "Expected to evaluate decision '"
              + decision.decisionId()
              + "', but "
              + failure.failure().message());
    }
    DmnEngine.EvalResult success = result.right().get();
    return new DecisionEvaluation(
        json(success.isNil() ? null : success.value()), evaluated(success.auditLog()), null, null);
  }

  /**
   * dmn-scala logs the decisions it finished; the one that failed is the first not logged, else the
   * requested one.
   */
  private static String failedDecisionId(DmnEngine.EvalFailure failure, DeployedDecision decision) {
    String message = failure.failure().message();
    for (var parsed : CollectionConverters.asJava(decision.requirements().parsed().decisions())) {
      if (message.contains("'" + parsed.id() + "'")) {
        return parsed.id();
      }
    }
    return decision.decisionId();
  }

  /** dmn-scala hands results back as Scala values; the engine's variables are Java's. */
  private Object plain(Object value) {
    if (value instanceof ValNumber number) {
      return number.value().bigDecimal();
    }
    if (value instanceof ValString text) {
      return text.value();
    }
    if (value instanceof ValBoolean bool) {
      return bool.value();
    }
    if (value instanceof ValList list) {
      return plain(list.items());
    }
    if (value instanceof ValContext context) {
      return plain(context.context().variableProvider().getVariables());
    }
    Object temporal = temporal(value);
    if (temporal != null) {
      return temporal.toString(); // ISO-8601, as Zeebe stores dates, times and durations
    }
    if (value instanceof Val val) {
      return val == org.camunda.feel.syntaxtree.ValNull$.MODULE$ ? null : val.toString();
    }
    if (value instanceof scala.collection.Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      CollectionConverters.asJava(map).forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
      return copy;
    }
    if (value instanceof scala.collection.Iterable<?> iterable) {
      List<Object> copy = new ArrayList<>();
      CollectionConverters.asJava(iterable).forEach(v -> copy.add(plain(v)));
      return copy;
    }
    if (value instanceof scala.math.BigDecimal decimal) {
      return decimal.bigDecimal();
    }
    if (value instanceof scala.Option<?> option) {
      return option.isEmpty() ? null : plain(option.get());
    }
    return value;
  }

  private static Object temporal(Object value) {
    if (value instanceof ValDate date) {
      return date.value();
    }
    if (value instanceof ValLocalDateTime dateTime) {
      return dateTime.value();
    }
    if (value instanceof ValDateTime dateTime) {
      return dateTime.value();
    }
    if (value instanceof ValLocalTime time) {
      return time.value();
    }
    if (value instanceof ValDayTimeDuration duration) {
      return duration.value();
    }
    if (value instanceof ValYearMonthDuration duration) {
      return duration.value();
    }
    return null;
  }

  private List<EvaluatedDecision> evaluated(Audit.AuditLog log) {
    List<EvaluatedDecision> decisions = new ArrayList<>();
    if (log == null) {
      return decisions;
    }
    for (Audit.AuditLogEntry entry : CollectionConverters.asJava(log.entries())) {
      if (entry.decisionLogic() instanceof ParsedDecisionTable table
          && entry.result() instanceof Audit.DecisionTableEvaluationResult result) {
        decisions.add(
            new EvaluatedDecision(
                entry.id(),
                entry.name(),
                "DECISION_TABLE",
                json(result.result()),
                inputs(result),
                rules(table, result)));
      } else if (entry.result() instanceof Audit.SingleEvaluationResult single) {
        decisions.add(
            new EvaluatedDecision(
                entry.id(),
                entry.name(),
                "LITERAL_EXPRESSION",
                json(single.result()),
                List.of(),
                List.of()));
      }
    }
    return decisions;
  }

  private List<EvaluatedInput> inputs(Audit.DecisionTableEvaluationResult result) {
    List<EvaluatedInput> inputs = new ArrayList<>();
    for (Audit.EvaluatedInput input : CollectionConverters.asJava(result.inputs())) {
      inputs.add(new EvaluatedInput(input.input().id(), input.input().name(), json(input.value())));
    }
    return inputs;
  }

  private List<MatchedRule> rules(
      ParsedDecisionTable table, Audit.DecisionTableEvaluationResult result) {
    List<ParsedRule> all = new ArrayList<>();
    CollectionConverters.asJava(table.rules()).forEach(all::add);
    List<MatchedRule> matched = new ArrayList<>();
    for (Audit.EvaluatedRule rule : CollectionConverters.asJava(result.matchedRules())) {
      List<EvaluatedOutput> outputs = new ArrayList<>();
      for (Audit.EvaluatedOutput output : CollectionConverters.asJava(rule.outputs())) {
        outputs.add(
            new EvaluatedOutput(
                output.output().id(), output.output().name(), json(output.value())));
      }
      // Zeebe counts rules from 1
      matched.add(new MatchedRule(rule.rule().id(), all.indexOf(rule.rule()) + 1, outputs));
    }
    return matched;
  }

  private String json(Object value) {
    try {
      return EventCodec.JSON.writeValueAsString(FeelValues.toJson(plain(value)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Expected a decision value to be writable as JSON, but " + e.getMessage(), e);
    }
  }
}
