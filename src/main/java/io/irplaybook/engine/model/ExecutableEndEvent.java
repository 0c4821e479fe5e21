package io.irplaybook.engine.model;

/** A none end event. */
public final class ExecutableEndEvent extends ExecutableElement {

  ExecutableEndEvent(String id, String name, ElementKind kind, ExecutableElement flowScope) {
    super(id, name, kind, flowScope);
  }
}
