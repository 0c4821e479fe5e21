package io.irplaybook.engine.bpmn.task;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.behavior.JobBehavior.PreparedJob;
import io.irplaybook.engine.bpmn.BpmnElementProcessor;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.model.ExecutableJobWorkerTask;
import io.irplaybook.engine.state.ElementInstance;
import java.util.Map;

/**
 * Service tasks and user tasks in job-worker form: both wait for a job to be completed. The job's
 * variables reach the task before completion (see the CompleteJob command), so output mappings can
 * read them.
 */
public final class JobWorkerTaskProcessor implements BpmnElementProcessor<ExecutableJobWorkerTask> {

  private final Behaviors behaviors;

  public JobWorkerTaskProcessor(Behaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Outcome onActivate(ExecutableJobWorkerTask element, ElementInstance instance) {
    Outcome inputs = behaviors.variables().applyInputMappings(element, instance);
    if (inputs.failed()) {
      return inputs;
    }
    PreparedJob job = behaviors.jobs().prepare(element, instance);
    if (job.failure() != null) {
      return job.failure();
    }
    behaviors.transitions().markActivated(instance);
    behaviors.jobs().create(job);
    return Outcome.SUCCESS;
  }

  @Override
  public Outcome onComplete(ExecutableJobWorkerTask element, ElementInstance instance) {
    return behaviors.variables().applyOutputMappings(element, instance, Map.of());
  }

  @Override
  public void onTerminate(ExecutableJobWorkerTask element, ElementInstance instance) {
    behaviors.jobs().cancel(instance);
  }
}
