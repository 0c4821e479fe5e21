package io.irplaybook.engine.command;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobRetriesResponse;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.JobState;
import io.irplaybook.engine.state.event.JobRetriesUpdated;
import java.util.EnumSet;

/** Sets a job's retries; a failed job still waits for its incident to be resolved. */
public final class UpdateJobRetriesCommand extends JobCommand<UpdateJobRetriesResponse> {

  private final int retries;

  public UpdateJobRetriesCommand(
      long jobKey, int retries, Responder<UpdateJobRetriesResponse> responder) {
    super(jobKey, responder);
    this.retries = retries;
  }

  @Override
  String verb() {
    return "update retries of";
  }

  @Override
  public void process(ProcessingContext context) {
    if (retries < 1) {
      context.reject(
          responder,
          Rejection.invalidArgument(
              "Expected to update retries for job with key '"
                  + jobKey
                  + "' with a positive amount of retries, but the amount given was '"
                  + retries
                  + "'"));
      return;
    }
    if (findJob(context, EnumSet.allOf(JobState.class)) == null) {
      return;
    }
    context.emit(new JobRetriesUpdated(jobKey, retries));
    context.respond(responder, UpdateJobRetriesResponse.getDefaultInstance());
  }
}
