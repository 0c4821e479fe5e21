package io.irplaybook.engine.behavior;

import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.Incident;
import io.irplaybook.engine.state.Job;
import io.irplaybook.engine.state.event.IncidentCreated;
import io.irplaybook.engine.state.event.IncidentResolved;
import org.jboss.logging.Logger;

/** Raises and clears incidents, and tells the operator about each one. */
public final class IncidentBehavior {

  private static final Logger LOG = Logger.getLogger(IncidentBehavior.class);
  private final ProcessingContext context;

  public IncidentBehavior(ProcessingContext context) {
    this.context = context;
  }

  public void raise(ElementInstance instance, Outcome failure) {
    raise(instance.processInstanceKey(), instance.key(), instance.elementId(), 0, failure);
  }

  public void raise(Job job, Outcome failure) {
    raise(job.processInstanceKey(), job.elementInstanceKey(), job.elementId(), job.key(), failure);
  }

  private void raise(
      long processInstanceKey,
      long elementInstanceKey,
      String elementId,
      long jobKey,
      Outcome failure) {
    long key = context.nextKey();
    context.emit(
        new IncidentCreated(
            key,
            failure.errorType(),
            failure.message(),
            processInstanceKey,
            elementInstanceKey,
            elementId,
            jobKey));
    LOG.warnf(
        "Incident %d (%s) at '%s' of process instance %d: %s",
        key, failure.errorType(), elementId, processInstanceKey, failure.message());
  }

  /** The element went away (completed or cancelled): its incidents go with it. */
  public void resolveAllOf(long elementInstanceKey) {
    for (Incident incident : context.state().incidents().of(elementInstanceKey)) {
      context.emit(new IncidentResolved(incident.key()));
    }
  }
}
