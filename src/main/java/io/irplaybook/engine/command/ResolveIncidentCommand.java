package io.irplaybook.engine.command;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ResolveIncidentResponse;
import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.processing.Command;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.ElementState;
import io.irplaybook.engine.state.Incident;
import io.irplaybook.engine.state.Job;
import io.irplaybook.engine.state.event.IncidentResolved;
import io.irplaybook.engine.state.event.JobRecurred;

/**
 * Resolves an incident and retries what it stopped: a job becomes activatable again (it needs
 * retries first), an element re-runs the step that failed, reading the variables as they are now.
 */
public final class ResolveIncidentCommand implements Command {

  private final long incidentKey;
  private final Behaviors behaviors;
  private final Responder<ResolveIncidentResponse> responder;

  public ResolveIncidentCommand(
      long incidentKey, Behaviors behaviors, Responder<ResolveIncidentResponse> responder) {
    this.incidentKey = incidentKey;
    this.behaviors = behaviors;
    this.responder = responder;
  }

  @Override
  public void process(ProcessingContext context) {
    Incident incident = context.state().incidents().incident(incidentKey);
    if (incident == null) {
      context.reject(
          responder,
          Rejection.notFound(
              "Expected to resolve incident with key '"
                  + incidentKey
                  + "', but no such incident was found"));
      return;
    }
    Job job = incident.jobKey() == 0 ? null : context.state().jobs().job(incident.jobKey());
    if (job != null && job.retries() <= 0) {
      context.reject(
          responder,
          Rejection.invalidState(
              "Expected to resolve incident with key '"
                  + incidentKey
                  + "', but job '"
                  + job.key()
                  + "' has no retries left; give it retries with UpdateJobRetries first"));
      return;
    }
    context.emit(new IncidentResolved(incidentKey));
    if (job != null) {
      context.emit(new JobRecurred(job.key()));
      behaviors.jobs().activatable(job);
    } else {
      retryElement(context, incident);
    }
    context.respond(responder, ResolveIncidentResponse.getDefaultInstance());
  }

  private void retryElement(ProcessingContext context, Incident incident) {
    ElementInstance instance =
        context.state().elementInstances().instance(incident.elementInstanceKey());
    if (instance == null) {
      return;
    }
    if (instance.state() == ElementState.ACTIVATING) {
      behaviors.transitions().runActivation(instance.key());
    } else if (instance.state() == ElementState.COMPLETING) {
      behaviors.transitions().runCompletion(instance.key());
    }
  }

  @Override
  public void abandon(Rejection rejection) {
    responder.reject(rejection);
  }

  @Override
  public String toString() {
    return "ResolveIncident[" + incidentKey + "]";
  }
}
