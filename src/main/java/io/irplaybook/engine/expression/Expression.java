package io.irplaybook.engine.expression;

import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * An attribute value as Zeebe reads it: text starting with {@code =} is a FEEL expression, anything
 * else is a static string. FEEL is parsed once, at deploy time.
 */
public final class Expression {

  private final String source;
  private final String staticValue;
  private final ParsedExpression parsed;

  private Expression(String source, String staticValue, ParsedExpression parsed) {
    this.source = source;
    this.staticValue = staticValue;
    this.parsed = parsed;
  }

  static Expression ofStatic(String value) {
    return new Expression(value, value, null);
  }

  static Expression ofFeel(String source, ParsedExpression parsed) {
    return new Expression(source, null, parsed);
  }

  public boolean isStatic() {
    return parsed == null;
  }

  /** The text as written in the model, for messages. */
  public String source() {
    return source;
  }

  String staticValue() {
    return staticValue;
  }

  ParsedExpression parsed() {
    return parsed;
  }

  @Override
  public String toString() {
    return source;
  }
}
