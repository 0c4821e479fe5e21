package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.irplaybook.engine.expression.ExpressionLanguage;
import java.util.List;

/** Call activities: the called process id and how variables cross. */
public final class CallActivityCompiler implements ElementCompiler<ExecutableCallActivity> {

  private final ExpressionLanguage expressions;

  public CallActivityCompiler(ExpressionLanguage expressions) {
    this.expressions = expressions;
  }

  @Override
  public ElementKind kindOf(FlowNode node, List<String> problems) {
    return ElementKind.CALL_ACTIVITY;
  }

  @Override
  public ExecutableCallActivity create(
      FlowNode node, ElementKind kind, ExecutableElement flowScope) {
    return new ExecutableCallActivity(node.getId(), node.getName(), kind, flowScope);
  }

  @Override
  public void compile(
      FlowNode node, ExecutableCallActivity element, Scopes scopes, List<String> problems) {
    element.calledElement = ActivityExtensions.calledElement(node, expressions, problems);
  }
}
