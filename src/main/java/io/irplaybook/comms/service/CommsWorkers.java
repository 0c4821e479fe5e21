package io.irplaybook.comms.service;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;
import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.platform.ServiceConfig;
import io.irplaybook.workflow.WorkerMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The job workers of {@code comms.render} and {@code notify.send} (docs/contracts.md). They live in
 * comms because sending means sending approved drafts; notify itself only knows messages.
 */
@ApplicationScoped
public class CommsWorkers {

  private static final Logger LOG = Logger.getLogger(CommsWorkers.class);

  private final CamundaClient client;
  private final ServiceConfig service;
  private final DraftRenderer renderer;
  private final DraftSender sender;
  private final AuditTrail audit;
  private final SendChannels channels;
  private final WorkerMetrics metrics;
  private final List<JobWorker> workers = new ArrayList<>();

  CommsWorkers(
      CamundaClient client,
      ServiceConfig service,
      DraftRenderer renderer,
      DraftSender sender,
      AuditTrail audit,
      SendChannels channels,
      WorkerMetrics metrics) {
    this.client = client;
    this.service = service;
    this.renderer = renderer;
    this.sender = sender;
    this.audit = audit;
    this.channels = channels;
    this.metrics = metrics;
  }

  void open(@Observes @Priority(30) StartupEvent event) {
    if (!service.enabled()) {
      return;
    }
    workers.add(
        client
            .newWorker()
            .jobType("comms.render")
            .handler(this::render)
            .metrics(metrics.forJobType("comms.render"))
            .open());
    workers.add(
        client
            .newWorker()
            .jobType("notify.send")
            .handler(this::send)
            .metrics(metrics.forJobType("notify.send"))
            .open());
  }

  void close(@Observes ShutdownEvent event) {
    workers.forEach(JobWorker::close);
    workers.clear();
  }

  void render(JobClient jobs, ActivatedJob job) {
    Map<String, String> headers = job.getCustomHeaders();
    List<String> templates = split(headers.get("templates"));
    List<String> unknown = templates.stream().filter(t -> !TemplateCatalog.exists(t)).toList();
    if (templates.isEmpty() || !unknown.isEmpty()) {
      fail(
          jobs,
          job,
          "Expected task header 'templates' to name templates from "
              + TemplateCatalog.names()
              + ", but it was '"
              + headers.get("templates")
              + "'");
      return;
    }
    IncidentFacts facts = IncidentFacts.from(job.getVariablesAsMap());
    List<Long> ids =
        renderer.render(job.getElementInstanceKey(), job.getProcessInstanceKey(), templates, facts);
    String variable = headers.getOrDefault("resultVariable", "commsDrafts");
    jobs.newCompleteCommand(job).variables(Map.of(variable, ids)).send().join();
    LOG.infof(
        "Rendered %s for incident %s (process instance %d): drafts %s",
        templates, facts.incidentId(), job.getProcessInstanceKey(), ids);
  }

  void send(JobClient jobs, ActivatedJob job) {
    Map<String, Object> variables = job.getVariablesAsMap();
    String incidentId = variables.get("incidentId") instanceof String id ? id : null;
    try {
      SendChannels.Choice channels = this.channels.choose(job.getCustomHeaders(), variables);
      List<Long> drafts =
          strings(variables.get("commsDrafts")).stream().map(Long::valueOf).toList();
      if (incidentId == null && !drafts.isEmpty()) {
        throw new DraftSender.RefusedException(
            "Expected the variable incidentId to name the incident whose drafts "
                + drafts
                + " are sent, but the process has none");
      }
      List<String> ids =
          sender.send(
              incidentId,
              job.getElementInstanceKey(),
              job.getProcessInstanceKey(),
              drafts,
              channels.names(),
              channels.withheldReason());
      jobs.newCompleteCommand(job).variables(Map.of("notificationIds", ids)).send().join();
    } catch (DraftSender.RefusedException | IllegalArgumentException e) {
      fail(jobs, job, e.getMessage());
    }
  }

  /** No retries: an operator fixes the cause (approves, configures) and resolves the incident. */
  private void fail(JobClient jobs, ActivatedJob job, String message) {
    LOG.warnf(
        "Job %s (%s, process instance %d) failed: %s",
        job.getKey(), job.getType(), job.getProcessInstanceKey(), message);
    Object incidentId = job.getVariablesAsMap().get("incidentId");
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                audit.append(
                    AuditEvent.of(
                            DraftRenderer.ACTOR,
                            job.getType() + "-refused",
                            "job",
                            Long.toString(job.getKey()))
                        .result(AuditEvent.FAILURE)
                        .incident(incidentId == null ? null : incidentId.toString())
                        .processInstance(job.getProcessInstanceKey())
                        .job(job.getKey())
                        .detail("reason", message)
                        .build()));
    jobs.newFailCommand(job).retries(0).errorMessage(message).send().join();
  }

  static List<String> split(String value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  static List<String> strings(Object value) {
    if (value instanceof List<?> list) {
      return list.stream()
          .map(v -> v instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(v))
          .toList();
    }
    return List.of();
  }
}
