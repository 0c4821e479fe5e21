package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.irplaybook.engine.expression.ExpressionLanguage;
import java.util.List;

/** Receive tasks: the message they wait for, with its correlation key. */
public final class ReceiveTaskCompiler implements ElementCompiler<ExecutableReceiveTask> {

  private final EventDefinitionCompiler events;

  public ReceiveTaskCompiler(ExpressionLanguage expressions) {
    this.events = new EventDefinitionCompiler(expressions);
  }

  @Override
  public ElementKind kindOf(FlowNode node, List<String> problems) {
    return ElementKind.RECEIVE_TASK;
  }

  @Override
  public ExecutableReceiveTask create(
      FlowNode node, ElementKind kind, ExecutableElement flowScope) {
    return new ExecutableReceiveTask(node.getId(), node.getName(), kind, flowScope);
  }

  @Override
  public void compile(
      FlowNode node, ExecutableReceiveTask element, Scopes scopes, List<String> problems) {
    element.message =
        events.message(node.getId(), ((ReceiveTask) node).getMessage(), false, problems);
  }
}
