package io.irplaybook.engine.command;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorResponse;
import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.behavior.ErrorCatching;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.Job;
import io.irplaybook.engine.state.JobState;
import io.irplaybook.engine.state.event.JobErrorThrown;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/**
 * A worker reports a business error. The nearest error boundary event with the code (or catching
 * every code) interrupts its activity and takes over; if none exists, an incident holds the job.
 */
public final class ThrowErrorCommand extends JobCommand<ThrowErrorResponse> {

  private final ThrowErrorRequest request;
  private final Behaviors behaviors;

  public ThrowErrorCommand(
      ThrowErrorRequest request, Behaviors behaviors, Responder<ThrowErrorResponse> responder) {
    super(request.getJobKey(), responder);
    this.request = request;
    this.behaviors = behaviors;
  }

  @Override
  String verb() {
    return "throw an error for";
  }

  @Override
  public void process(ProcessingContext context) {
    Job job = findJob(context, EnumSet.of(JobState.ACTIVATABLE, JobState.ACTIVATED));
    if (job == null) {
      return;
    }
    if (request.getErrorCode().isBlank()) {
      context.reject(
          responder,
          Rejection.invalidArgument(
              "Expected to throw an error with a non-empty error code, but it was empty"));
      return;
    }
    Map<String, Object> variables = JsonDocuments.parse(request.getVariables());
    if (variables == null) {
      context.reject(
          responder,
          Rejection.invalidArgument(
              JsonDocuments.notAnObject("the error variables", request.getVariables())));
      return;
    }
    context.emit(new JobErrorThrown(jobKey, request.getErrorCode(), request.getErrorMessage()));
    ElementInstance task = context.state().elementInstances().instance(job.elementInstanceKey());
    Optional<ErrorCatching.Catcher> catcher = behaviors.errors().find(task, request.getErrorCode());
    if (catcher.isPresent()) {
      behaviors.errors().catchError(catcher.get(), variables);
    } else {
      behaviors
          .incidents()
          .raise(
              context.state().jobs().job(jobKey),
              Outcome.failure(
                  Outcome.UNHANDLED_ERROR_EVENT,
                  "Expected to throw an error event with the code '"
                      + request.getErrorCode()
                      + "' with message '"
                      + request.getErrorMessage()
                      + "', but it was not caught. No error events are available in the scope."));
    }
    context.respond(responder, ThrowErrorResponse.getDefaultInstance());
  }
}
