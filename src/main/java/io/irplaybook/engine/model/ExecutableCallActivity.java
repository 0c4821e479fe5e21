package io.irplaybook.engine.model;

/** A call activity: the process it starts and how variables cross. */
public final class ExecutableCallActivity extends ExecutableActivity {

  CalledElement calledElement;

  ExecutableCallActivity(String id, String name, ElementKind kind, ExecutableElement flowScope) {
    super(id, name, kind, flowScope);
  }

  public CalledElement calledElement() {
    return calledElement;
  }
}
