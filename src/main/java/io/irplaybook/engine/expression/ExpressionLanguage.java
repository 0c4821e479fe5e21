package io.irplaybook.engine.expression;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;

/** Parses and evaluates Zeebe-style expressions with the FEEL engine Zeebe uses. */
public final class ExpressionLanguage {

  private final FeelEngineApi feel;

  /** FEEL's {@code now()} and {@code today()} read the system clock. */
  public ExpressionLanguage() {
    this(Clock.systemUTC());
  }

  /**
   * FEEL's {@code now()} and {@code today()} read {@code clock}: the engine's, so that a due date
   * computed with {@code now()} and a timer started at the same moment agree, in production and
   * under a test's clock.
   */
  public ExpressionLanguage(Clock clock) {
    this.feel = FeelEngineBuilder.forJava().withClock(() -> ZonedDateTime.now(clock)).build();
  }

  /**
   * Parses an attribute value. Returns null and fills {@code problems} when FEEL does not parse.
   */
  public Expression parse(String text, List<String> problems) {
    if (text == null || !text.startsWith("=")) {
      return Expression.ofStatic(text);
    }
    return parseFeel(text, text.substring(1), problems);
  }

  /** Parses text that is FEEL whether or not it starts with {@code =} (mapping sources). */
  public Expression parseAlwaysFeel(String text, List<String> problems) {
    String body = text.startsWith("=") ? text.substring(1) : text;
    return parseFeel(text, body, problems);
  }

  private Expression parseFeel(String source, String body, List<String> problems) {
    ParseResult result = feel.parseExpression(body);
    if (result.isFailure()) {
      problems.add(
          "Expected a valid FEEL expression, but '"
              + source
              + "' does not parse: "
              + result.failure().message());
      return null;
    }
    return Expression.ofFeel(source, result.parsedExpression());
  }

  /** Evaluates against the given variables; the result is converted to JSON-compatible values. */
  public EvaluationResult evaluate(Expression expression, Map<String, Object> variables) {
    if (expression.isStatic()) {
      return EvaluationResult.success(expression.staticValue());
    }
    org.camunda.feel.api.EvaluationResult result = feel.evaluate(expression.parsed(), variables);
    if (result.isFailure()) {
      return EvaluationResult.failure(
          "Expected to evaluate expression '"
              + expression.source()
              + "', but "
              + result.failure().message());
    }
    Object value = FeelValues.toJson(result.result());
    if (value == null && result.hasSuppressedFailures()) {
      // FEEL answers null for a missing variable; keep the reason so an incident can say it.
      List<String> reasons = new ArrayList<>();
      result.suppressedFailures().foreach(f -> reasons.add(f.failureMessage()));
      return EvaluationResult.nullBecause(String.join("; ", reasons));
    }
    return EvaluationResult.success(value);
  }
}
