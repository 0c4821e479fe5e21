package io.irplaybook.incident.service;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;
import io.irplaybook.platform.ServiceConfig;
import io.irplaybook.workflow.WorkerMetrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The {@code incident.record} job worker: copies the process variables named in the step's {@code
 * fields} header ({@code severity}, {@code awareAt}) onto the incident record. The playbooks run it
 * right after the decisions that change them (raise-severity in compromise-response; the regulatory
 * assessment, before any regulator clock starts, in regulator-filing).
 */
@ApplicationScoped
public class IncidentRecordWorker {

  public static final String JOB_TYPE = "incident.record";
  static final List<String> FIELDS = List.of("severity", "awareAt");

  private static final Logger LOG = Logger.getLogger(IncidentRecordWorker.class);

  private final CamundaClient client;
  private final RecordedFacts facts;
  private final ServiceConfig service;
  private final WorkerMetrics metrics;
  private volatile JobWorker worker;

  IncidentRecordWorker(
      CamundaClient client, RecordedFacts facts, ServiceConfig service, WorkerMetrics metrics) {
    this.client = client;
    this.facts = facts;
    this.service = service;
    this.metrics = metrics;
  }

  void onStart(@Observes @Priority(IncidentCloseWorker.STARTUP_PRIORITY) StartupEvent event) {
    if (!service.enabled()) {
      return;
    }
    worker =
        client
            .newWorker()
            .jobType(JOB_TYPE)
            .handler(this::handle)
            .metrics(metrics.forJobType(JOB_TYPE))
            .fetchVariables("incidentId", "severity", "awareAt")
            .open();
  }

  void onStop(@Observes ShutdownEvent event) {
    if (worker != null) {
      worker.close();
    }
  }

  void handle(JobClient jobs, ActivatedJob job) {
    Map<String, Object> variables = job.getVariablesAsMap();
    String incidentId = variables.get("incidentId") instanceof String id ? id : null;
    List<String> fields =
        Arrays.stream(job.getCustomHeaders().getOrDefault("fields", "").split(","))
            .map(String::trim)
            .filter(f -> !f.isEmpty())
            .toList();
    List<String> unknown = fields.stream().filter(f -> !FIELDS.contains(f)).toList();
    if (fields.isEmpty() || !unknown.isEmpty()) {
      refuse(
          jobs,
          job,
          "Expected the task header 'fields' to name some of "
              + FIELDS
              + ", but it was '"
              + job.getCustomHeaders().get("fields")
              + "'");
      return;
    }
    try {
      for (String field : fields) {
        boolean changed =
            switch (field) {
              case "severity" ->
                  facts.raiseSeverity(
                      incidentId, variables.get("severity"), job.getProcessInstanceKey());
              default ->
                  facts.correctAwareness(
                      incidentId, variables.get("awareAt"), job.getProcessInstanceKey());
            };
        if (changed) {
          LOG.infof("Incident %s: recorded %s from the playbook", incidentId, field);
        }
      }
    } catch (RecordedFacts.UnrecordableException e) {
      refuse(jobs, job, e.getMessage());
      return;
    }
    jobs.newCompleteCommand(job.getKey()).send().join();
  }

  /** No retries: the process holds a value the record cannot take; an operator must look. */
  private static void refuse(JobClient jobs, ActivatedJob job, String message) {
    LOG.warnf("Job %d (%s) refused: %s", job.getKey(), JOB_TYPE, message);
    jobs.newFailCommand(job).retries(0).errorMessage(message).send().join();
  }
}
