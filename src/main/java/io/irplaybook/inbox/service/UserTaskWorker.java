package io.irplaybook.inbox.service;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.irplaybook.inbox.config.InboxConfig;
import io.irplaybook.platform.ServiceConfig;
import io.irplaybook.workflow.WorkerMetrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Receives user-task jobs and turns them into tasks. The handler never completes the job: it stays
 * activated (its timeout refreshed by {@link JobLease}) until a responder completes the task.
 */
@ApplicationScoped
public class UserTaskWorker {

  /** The job type of user tasks with the job-worker implementation (docs/contracts.md). */
  public static final String JOB_TYPE = "io.camunda.zeebe:userTask";

  private static final Logger LOG = Logger.getLogger(UserTaskWorker.class);

  private final CamundaClient client;
  private final TaskIntake intake;
  private final InboxConfig config;
  private final ServiceConfig service;
  private JobWorker worker;

  private final WorkerMetrics metrics;

  UserTaskWorker(
      CamundaClient client,
      TaskIntake intake,
      InboxConfig config,
      ServiceConfig service,
      WorkerMetrics metrics) {
    this.client = client;
    this.intake = intake;
    this.config = config;
    this.service = service;
    this.metrics = metrics;
  }

  /** After the playbooks are deployed (priority 20). */
  void onStart(@Observes @Priority(30) StartupEvent event) {
    if (!service.enabled() || !config.workerEnabled()) {
      return;
    }
    worker =
        client
            .newWorker()
            .jobType(JOB_TYPE)
            .handler((jobClient, job) -> intake.accept(job))
            .timeout(config.jobTimeout())
            .name("inbox")
            .metrics(metrics.forJobType(JOB_TYPE))
            .open();
    LOG.infof("Inbox worker opened for %s (job timeout %s)", JOB_TYPE, config.jobTimeout());
  }

  void onStop(@Observes ShutdownEvent event) {
    if (worker != null) {
      worker.close();
    }
  }
}
