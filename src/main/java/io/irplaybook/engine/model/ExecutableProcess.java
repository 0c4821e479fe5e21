package io.irplaybook.engine.model;

import java.util.Map;

/** A deployable process: its root element and every element by id. */
public record ExecutableProcess(
    String bpmnProcessId, ExecutableContainer root, Map<String, ExecutableElement> elements) {

  public ExecutableElement element(String elementId) {
    return elements.get(elementId);
  }
}
