package io.irplaybook.engine.bpmn.container;

import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.expression.EvaluationResult;
import io.irplaybook.engine.expression.Expression;
import io.irplaybook.engine.expression.ExpressionLanguage;
import io.irplaybook.engine.model.LoopDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Evaluates a multi-instance loop's expressions, turning wrong results into incident outcomes. */
final class LoopEvaluation {

  record Items(List<Object> values, Outcome failure) {}

  record Value(Object value, Outcome failure) {}

  private final ExpressionLanguage expressions;

  LoopEvaluation(ExpressionLanguage expressions) {
    this.expressions = expressions;
  }

  Items inputCollection(LoopDefinition loop, Map<String, Object> variables) {
    EvaluationResult result = expressions.evaluate(loop.inputCollection(), variables);
    if (result.isFailure()) {
      return new Items(null, Outcome.failure(Outcome.EXTRACT_VALUE_ERROR, result.failure()));
    }
    if (!(result.value() instanceof List<?> list)) {
      return new Items(
          null,
          Outcome.failure(
              Outcome.EXTRACT_VALUE_ERROR,
              "Expected result of the expression '"
                  + loop.inputCollection().source()
                  + "' to be 'ARRAY', but was '"
                  + result.value()
                  + "'"
                  + (result.hint() == null ? "" : " (" + result.hint() + ")")));
    }
    return new Items(new ArrayList<>(list), null);
  }

  Value outputElement(LoopDefinition loop, Map<String, Object> variables) {
    return loop.outputElement() == null
        ? new Value(null, null)
        : evaluate(loop.outputElement(), variables, false);
  }

  /** TRUE when the loop may stop early; FALSE when there is no condition. */
  Value completionCondition(LoopDefinition loop, Map<String, Object> variables) {
    return loop.completionCondition() == null
        ? new Value(false, null)
        : evaluate(loop.completionCondition(), variables, true);
  }

  private Value evaluate(
      Expression expression, Map<String, Object> variables, boolean mustBeBoolean) {
    EvaluationResult result = expressions.evaluate(expression, variables);
    if (result.isFailure()) {
      return new Value(null, Outcome.failure(Outcome.EXTRACT_VALUE_ERROR, result.failure()));
    }
    if (mustBeBoolean && !(result.value() instanceof Boolean)) {
      return new Value(
          null,
          Outcome.failure(
              Outcome.EXTRACT_VALUE_ERROR,
              "Expected result of the expression '"
                  + expression.source()
                  + "' to be 'BOOLEAN', but was '"
                  + result.value()
                  + "'"));
    }
    return new Value(result.value(), null);
  }

  /** Counters come back from the log as Long and from this processor as Integer. */
  static int number(Object value) {
    return value instanceof Number number ? number.intValue() : 0;
  }
}
