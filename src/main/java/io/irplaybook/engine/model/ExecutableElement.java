package io.irplaybook.engine.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A flow node, sub-process or process compiled for execution: what every kind shares (its place in
 * the graph and its variable mappings). What is particular to a kind lives in the subclass of its
 * family, so a processor receives exactly the type it works with. Built once per deployment by
 * {@link ProcessCompiler} and never changed afterwards.
 */
public abstract sealed class ExecutableElement
    permits ExecutableActivity, ExecutableCatchEvent, ExecutableEndEvent, ExecutableGateway {

  private final String id;
  private final String name;
  private final ElementKind kind;
  private final ExecutableElement flowScope;
  final List<ExecutableFlow> incoming = new ArrayList<>();
  final List<ExecutableFlow> outgoing = new ArrayList<>();
  List<VariableMapping> inputMappings = List.of();
  List<VariableMapping> outputMappings = List.of();

  ExecutableElement(String id, String name, ElementKind kind, ExecutableElement flowScope) {
    this.id = id;
    this.name = name;
    this.kind = kind;
    this.flowScope = flowScope;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public ElementKind kind() {
    return kind;
  }

  /** The enclosing sub-process, process or multi-instance body; null for the process itself. */
  public ExecutableElement flowScope() {
    return flowScope;
  }

  public List<ExecutableFlow> incoming() {
    return incoming;
  }

  public List<ExecutableFlow> outgoing() {
    return outgoing;
  }

  public List<VariableMapping> inputMappings() {
    return inputMappings;
  }

  public List<VariableMapping> outputMappings() {
    return outputMappings;
  }

  @Override
  public String toString() {
    return kind + "[" + id + "]";
  }
}
