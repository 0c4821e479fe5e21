package io.irplaybook.incident.service;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;
import io.grpc.Status;
import io.irplaybook.platform.ServiceConfig;
import io.irplaybook.workflow.WorkerMetrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * The {@code incident.close} job worker: the last step of {@code incident-response}. Marks the
 * incident CLOSED, then completes the job. Job delivery is at-least-once, so a redelivered job
 * finds the incident closed and is only completed. A job from another process instance than the
 * incident's fails with no retries and leaves the incident as it is.
 */
@ApplicationScoped
public class IncidentCloseWorker {

  public static final String JOB_TYPE = "incident.close";

  /** After the playbooks are deployed (priority 20). */
  static final int STARTUP_PRIORITY = 30;

  private static final Logger LOG = Logger.getLogger(IncidentCloseWorker.class);

  private final CamundaClient client;
  private final IncidentLifecycle lifecycle;
  private final ServiceConfig service;
  private final WorkerMetrics metrics;
  private volatile JobWorker worker;

  IncidentCloseWorker(
      CamundaClient client,
      IncidentLifecycle lifecycle,
      ServiceConfig service,
      WorkerMetrics metrics) {
    this.client = client;
    this.lifecycle = lifecycle;
    this.service = service;
    this.metrics = metrics;
  }

  void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
    if (!service.enabled()) {
      return;
    }
    worker =
        client
            .newWorker()
            .jobType(JOB_TYPE)
            .handler(this::handle)
            .metrics(metrics.forJobType(JOB_TYPE))
            .fetchVariables("incidentId")
            .open();
  }

  void onStop(@Observes ShutdownEvent event) {
    if (worker != null) {
      worker.close();
    }
  }

  void handle(JobClient jobs, ActivatedJob job) {
    Object incidentId = job.getVariablesAsMap().get("incidentId");
    IncidentLifecycle.CloseOutcome outcome =
        lifecycle.close(
            incidentId == null ? null : incidentId.toString(),
            job.getKey(),
            job.getProcessInstanceKey());
    switch (outcome) {
      case CLOSED ->
          LOG.infof(
              "Incident %s closed (process instance %d)", incidentId, job.getProcessInstanceKey());
      case NOT_ITS_PROCESS -> {
        String message =
            "Expected incident.close to run in the process instance of incident "
                + incidentId
                + ", but it runs in process instance "
                + job.getProcessInstanceKey()
                + " ("
                + job.getBpmnProcessId()
                + "): only the incident's own incident-response closes it; the incident is"
                + " unchanged";
        LOG.warnf("Job %d refused: %s", job.getKey(), message);
        jobs.newFailCommand(job).retries(0).errorMessage(message).send().join();
        return;
      }
      case ENDED_ALREADY -> {}
    }
    try {
      jobs.newCompleteCommand(job.getKey()).send().join();
    } catch (ClientStatusException | CompletionException e) {
      Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
      // NOT_FOUND: another delivery of the same job completed it first; the incident is closed
      // either way.
      if (!(cause instanceof ClientStatusException s
          && s.getStatusCode() == Status.Code.NOT_FOUND)) {
        throw e;
      }
    }
  }
}
