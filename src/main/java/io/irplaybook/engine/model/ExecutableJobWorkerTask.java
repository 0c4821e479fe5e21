package io.irplaybook.engine.model;

/**
 * A task a job worker does: a service task, a user task in job-worker form, or a business rule task
 * with a {@code zeebe:taskDefinition}.
 */
public final class ExecutableJobWorkerTask extends ExecutableActivity {

  JobDefinition jobDefinition;

  ExecutableJobWorkerTask(String id, String name, ElementKind kind, ExecutableElement flowScope) {
    super(id, name, kind, flowScope);
  }

  public JobDefinition jobDefinition() {
    return jobDefinition;
  }
}
