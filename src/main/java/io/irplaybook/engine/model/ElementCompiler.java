package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import java.util.Collection;
import java.util.List;

/**
 * Compiles the BPMN flow nodes of one element type (a {@code serviceTask}, an {@code
 * exclusiveGateway}, ...) into executable elements. {@link ProcessCompiler} does what every kind
 * shares (multi-instance bodies, variable mappings, sequence flows, boundary attachment); a
 * compiler does only what is particular to its kinds. The registry {@code engine.bpmn.BpmnElements}
 * says which compiler handles which element type.
 */
public interface ElementCompiler<T extends ExecutableElement> {

  /** Compiles the flow elements of a sub-process into the given container. */
  @FunctionalInterface
  interface Scopes {
    void compile(
        ExecutableContainer scope, Collection<FlowElement> flowElements, List<String> problems);
  }

  /** The kind of the node, or null after adding a problem when the engine cannot run it. */
  ElementKind kindOf(FlowNode node, List<String> problems);

  /** A new element of that kind inside {@code flowScope}, its particulars still empty. */
  T create(FlowNode node, ElementKind kind, ExecutableElement flowScope);

  /** Fills in what is particular to the kind; called after the shared parts are compiled. */
  void compile(FlowNode node, T element, Scopes scopes, List<String> problems);
}
