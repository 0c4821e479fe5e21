package io.irplaybook.engine.model;

/** A process or an embedded sub-process: a scope that a new instance enters at a start event. */
public final class ExecutableContainer extends ExecutableActivity {

  ExecutableCatchEvent noneStartEvent;

  ExecutableContainer(String id, String name, ElementKind kind, ExecutableElement flowScope) {
    super(id, name, kind, flowScope);
  }

  /** The none start event a new instance begins at; null for a process started by message only. */
  public ExecutableCatchEvent noneStartEvent() {
    return noneStartEvent;
  }
}
