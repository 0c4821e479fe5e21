package io.irplaybook.engine.model;

/** A catch event attached to an activity. */
public final class ExecutableBoundaryEvent extends ExecutableCatchEvent {

  ExecutableActivity attachedTo;
  boolean interrupting = true;
  String errorCode;

  ExecutableBoundaryEvent(String id, String name, ElementKind kind, ExecutableElement flowScope) {
    super(id, name, kind, flowScope);
  }

  /** The activity the event is attached to. */
  public ExecutableActivity attachedTo() {
    return attachedTo;
  }

  /** Whether triggering it cancels the activity (cancelActivity). */
  public boolean interrupting() {
    return interrupting;
  }

  /** For error boundary events: the error code caught, or null to catch every error. */
  public String errorCode() {
    return errorCode;
  }
}
