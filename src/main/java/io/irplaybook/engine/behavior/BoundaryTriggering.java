package io.irplaybook.engine.behavior;

import io.irplaybook.engine.model.ExecutableBoundaryEvent;
import io.irplaybook.engine.state.ElementInstance;
import java.util.Map;

/**
 * What a triggered timer or message boundary event does: an interrupting one cancels its activity
 * first; either way the token continues at the boundary event, in the activity's flow scope, with
 * the trigger's variables as the event's local variables.
 */
public final class BoundaryTriggering {

  private final Behaviors behaviors;

  public BoundaryTriggering(Behaviors behaviors) {
    this.behaviors = behaviors;
  }

  public void trigger(
      ExecutableBoundaryEvent boundaryEvent,
      ElementInstance activity,
      Map<String, Object> variables) {
    ElementInstance flowScope =
        behaviors.context().state().elementInstances().instance(activity.flowScopeKey());
    if (boundaryEvent.interrupting()) {
      behaviors.transitions().terminate(activity);
    }
    behaviors.transitions().activateChild(boundaryEvent, flowScope, variables);
  }
}
