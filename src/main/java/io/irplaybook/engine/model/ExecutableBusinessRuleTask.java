package io.irplaybook.engine.model;

/** A business rule task that calls a decision the engine evaluates itself. */
public final class ExecutableBusinessRuleTask extends ExecutableActivity {

  CalledDecision calledDecision;

  ExecutableBusinessRuleTask(
      String id, String name, ElementKind kind, ExecutableElement flowScope) {
    super(id, name, kind, flowScope);
  }

  public CalledDecision calledDecision() {
    return calledDecision;
  }
}
