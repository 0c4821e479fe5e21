package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.ThrowEvent;
import java.util.List;

/** None end events; end events that throw something are rejected. */
public final class EndEventCompiler implements ElementCompiler<ExecutableEndEvent> {

  @Override
  public ElementKind kindOf(FlowNode node, List<String> problems) {
    if (!((ThrowEvent) node).getEventDefinitions().isEmpty()) {
      problems.add(ProcessCompiler.unsupported(node, "an end event with an event definition"));
      return null;
    }
    return ElementKind.END_EVENT;
  }

  @Override
  public ExecutableEndEvent create(FlowNode node, ElementKind kind, ExecutableElement flowScope) {
    return new ExecutableEndEvent(node.getId(), node.getName(), kind, flowScope);
  }

  @Override
  public void compile(
      FlowNode node, ExecutableEndEvent element, Scopes scopes, List<String> problems) {}
}
