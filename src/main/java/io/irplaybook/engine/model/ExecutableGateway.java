package io.irplaybook.engine.model;

/** An exclusive, inclusive or parallel gateway. */
public final class ExecutableGateway extends ExecutableElement {

  ExecutableFlow defaultFlow;

  ExecutableGateway(String id, String name, ElementKind kind, ExecutableElement flowScope) {
    super(id, name, kind, flowScope);
  }

  /** The flow taken when no condition is true (exclusive and inclusive gateways); or null. */
  public ExecutableFlow defaultFlow() {
    return defaultFlow;
  }
}
