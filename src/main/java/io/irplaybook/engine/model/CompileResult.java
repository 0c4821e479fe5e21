package io.irplaybook.engine.model;

import java.util.List;

/** Either the executable processes of one resource, or the sentences saying why it was rejected. */
public record CompileResult(List<ExecutableProcess> processes, List<String> problems) {

  public boolean isRejected() {
    return !problems.isEmpty();
  }
}
