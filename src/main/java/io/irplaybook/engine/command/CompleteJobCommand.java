package io.irplaybook.engine.command;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobResponse;
import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.Job;
import io.irplaybook.engine.state.JobState;
import io.irplaybook.engine.state.event.JobCompleted;
import java.util.EnumSet;
import java.util.Map;

/**
 * Completes a job and its task. The job's variables become the task's local variables when the task
 * has output mappings (which then decide what leaves it); otherwise they are merged outwards. A
 * second completion finds no job and answers NOT_FOUND.
 */
public final class CompleteJobCommand extends JobCommand<CompleteJobResponse> {

  private final String variables;
  private final Behaviors behaviors;

  public CompleteJobCommand(
      long jobKey,
      String variables,
      Behaviors behaviors,
      Responder<CompleteJobResponse> responder) {
    super(jobKey, responder);
    this.variables = variables;
    this.behaviors = behaviors;
  }

  @Override
  String verb() {
    return "complete";
  }

  @Override
  public void process(ProcessingContext context) {
    Job job = findJob(context, EnumSet.of(JobState.ACTIVATABLE, JobState.ACTIVATED));
    if (job == null) {
      return;
    }
    Map<String, Object> document = JsonDocuments.parse(variables);
    if (document == null) {
      context.reject(
          responder,
          Rejection.invalidArgument(JsonDocuments.notAnObject("the job variables", variables)));
      return;
    }
    context.emit(new JobCompleted(jobKey));
    ElementInstance task = context.state().elementInstances().instance(job.elementInstanceKey());
    if (behaviors.transitions().elementOf(task).outputMappings().isEmpty()) {
      if (!document.isEmpty()) {
        behaviors.variables().merge(task.flowScopeKey(), document);
      }
    } else {
      behaviors.variables().setLocal(task.key(), document);
    }
    behaviors.transitions().complete(task);
    context.respond(responder, CompleteJobResponse.getDefaultInstance());
  }
}
