package io.irplaybook.engine.expression;

/**
 * The value of an expression, or why there is none. Errors are values here because a failed
 * expression becomes an incident, not an exception.
 *
 * @param value the JSON-compatible result (Map, List, String, Long, Double, Boolean or null)
 * @param failure a sentence saying what went wrong, or null on success
 * @param hint why a successful evaluation produced null (FEEL's suppressed failures, such as a
 *     missing variable), or null
 */
public record EvaluationResult(Object value, String failure, String hint) {

  public static EvaluationResult success(Object value) {
    return new EvaluationResult(value, null, null);
  }

  public static EvaluationResult nullBecause(String hint) {
    return new EvaluationResult(null, null, hint);
  }

  public static EvaluationResult failure(String message) {
    return new EvaluationResult(null, message, null);
  }

  public boolean isFailure() {
    return failure != null;
  }
}
