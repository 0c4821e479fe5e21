package io.irplaybook.engine.model;

/**
 * The element instance that wraps the inner instances of a multi-instance activity. Flows and
 * boundary events attach to the body; the inner activity is reached through it.
 */
public final class ExecutableMultiInstanceBody extends ExecutableActivity {

  LoopDefinition loop;
  ExecutableActivity innerActivity;

  ExecutableMultiInstanceBody(
      String id, String name, ElementKind kind, ExecutableElement flowScope) {
    super(id, name, kind, flowScope);
  }

  public LoopDefinition loop() {
    return loop;
  }

  /**
   * The activity run once per item. It shares the body's id, as in Zeebe, so its jobs and incidents
   * name the element the modeller drew.
   */
  public ExecutableActivity innerActivity() {
    return innerActivity;
  }
}
