package io.irplaybook.engine.command;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobResponse;
import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.Job;
import io.irplaybook.engine.state.JobState;
import io.irplaybook.engine.state.event.JobFailed;
import java.util.EnumSet;
import java.util.Map;

/**
 * A worker could not do a job. With retries left the job comes back (after {@code retryBackOff}, if
 * given); with none, an incident holds it until a person raises the retries and resolves it.
 */
public final class FailJobCommand extends JobCommand<FailJobResponse> {

  private final FailJobRequest request;
  private final Behaviors behaviors;

  public FailJobCommand(
      FailJobRequest request, Behaviors behaviors, Responder<FailJobResponse> responder) {
    super(request.getJobKey(), responder);
    this.request = request;
    this.behaviors = behaviors;
  }

  @Override
  String verb() {
    return "fail";
  }

  @Override
  public void process(ProcessingContext context) {
    Job job = findJob(context, EnumSet.of(JobState.ACTIVATED));
    if (job == null) {
      return;
    }
    Map<String, Object> document = JsonDocuments.parse(request.getVariables());
    if (document == null) {
      context.reject(
          responder,
          Rejection.invalidArgument(
              JsonDocuments.notAnObject("the job variables", request.getVariables())));
      return;
    }
    behaviors.variables().setLocal(job.elementInstanceKey(), document);
    int retries = request.getRetries();
    long backoffUntil =
        retries > 0 && request.getRetryBackOff() > 0
            ? context.now() + request.getRetryBackOff()
            : 0;
    context.emit(new JobFailed(jobKey, retries, request.getErrorMessage(), backoffUntil));
    if (retries <= 0) {
      String message =
          request.getErrorMessage().isBlank() ? "No more retries left." : request.getErrorMessage();
      behaviors
          .incidents()
          .raise(
              context.state().jobs().job(jobKey), Outcome.failure(Outcome.JOB_NO_RETRIES, message));
    } else if (backoffUntil == 0) {
      behaviors.jobs().activatable(job);
    }
    context.respond(responder, FailJobResponse.getDefaultInstance());
  }
}
