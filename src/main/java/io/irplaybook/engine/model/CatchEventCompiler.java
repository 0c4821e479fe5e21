package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.irplaybook.engine.expression.ExpressionLanguage;
import java.util.List;

/**
 * Start, intermediate catch and boundary events: which triggers each position supports, and the
 * trigger's definition (timer, message, signal, error). {@link ProcessCompiler} attaches boundary
 * events to their activity.
 */
public final class CatchEventCompiler implements ElementCompiler<ExecutableCatchEvent> {

  private final ElementKind kind;
  private final EventDefinitionCompiler events;

  /** {@code kind} is START_EVENT, INTERMEDIATE_CATCH_EVENT or BOUNDARY_EVENT. */
  public CatchEventCompiler(ElementKind kind, ExpressionLanguage expressions) {
    this.kind = kind;
    this.events = new EventDefinitionCompiler(expressions);
  }

  @Override
  public ElementKind kindOf(FlowNode node, List<String> problems) {
    return switch (kind) {
      case START_EVENT ->
          events.start((StartEvent) node, node.getParentElement() instanceof Process, problems);
      case BOUNDARY_EVENT -> events.boundary((BoundaryEvent) node, problems);
      default -> events.intermediateCatch((CatchEvent) node, problems);
    };
  }

  @Override
  public ExecutableCatchEvent create(FlowNode node, ElementKind kind, ExecutableElement flowScope) {
    return kind == ElementKind.BOUNDARY_EVENT
        ? new ExecutableBoundaryEvent(node.getId(), node.getName(), kind, flowScope)
        : new ExecutableCatchEvent(node.getId(), node.getName(), kind, flowScope);
  }

  @Override
  public void compile(
      FlowNode node, ExecutableCatchEvent element, Scopes scopes, List<String> problems) {
    events.compile((CatchEvent) node, element, problems);
  }
}
