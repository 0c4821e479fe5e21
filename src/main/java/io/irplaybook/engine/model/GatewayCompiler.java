package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import java.util.List;

/**
 * Exclusive, inclusive and parallel gateways. Their conditions belong to the sequence flows and
 * their default flow is resolved once the flows exist, both in {@link ProcessCompiler}.
 */
public final class GatewayCompiler implements ElementCompiler<ExecutableGateway> {

  private final ElementKind kind;

  public GatewayCompiler(ElementKind kind) {
    this.kind = kind;
  }

  @Override
  public ElementKind kindOf(FlowNode node, List<String> problems) {
    return kind;
  }

  @Override
  public ExecutableGateway create(FlowNode node, ElementKind kind, ExecutableElement flowScope) {
    return new ExecutableGateway(node.getId(), node.getName(), kind, flowScope);
  }

  @Override
  public void compile(
      FlowNode node, ExecutableGateway element, Scopes scopes, List<String> problems) {}
}
