package io.irplaybook.workflow;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobHandler;
import io.irplaybook.platform.IncidentContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.jboss.logging.MDC;

/**
 * Runs each job handler inside a span of its own ({@code job <type>}) carrying the incident id, the
 * job type and key and the process-instance key, and with the same keys in the logging MDC, so
 * every log line a handler writes names the incident and the process instance without the handler
 * saying so. Commands the handler sends (complete, fail) become child spans through {@link
 * CamundaCallTracing}.
 */
final class JobSpans {

  static final String MDC_PROCESS_INSTANCE_KEY = "processInstanceKey";
  static final String MDC_JOB_TYPE = "jobType";

  private final Tracer tracer;

  JobSpans(Tracer tracer) {
    this.tracer = tracer;
  }

  JobHandler around(JobHandler handler) {
    return (jobClient, job) -> {
      String incidentId = incidentIdOf(job);
      Span span =
          tracer
              .spanBuilder("job " + job.getType())
              .setNoParent()
              .setSpanKind(SpanKind.CONSUMER)
              .setAttribute("camunda.job.type", job.getType())
              .setAttribute("camunda.job.key", String.valueOf(job.getKey()))
              .setAttribute(
                  "camunda.process_instance.key", String.valueOf(job.getProcessInstanceKey()))
              .setAttribute("camunda.bpmn_process_id", job.getBpmnProcessId())
              .setAttribute("camunda.element.id", job.getElementId())
              .startSpan();
      try (Scope scope = span.makeCurrent()) {
        MDC.put(MDC_PROCESS_INSTANCE_KEY, String.valueOf(job.getProcessInstanceKey()));
        MDC.put(MDC_JOB_TYPE, job.getType());
        IncidentContext.tag(incidentId);
        handler.handle(jobClient, job);
      } catch (Exception | Error e) {
        span.recordException(e);
        span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
        throw e;
      } finally {
        span.end();
        IncidentContext.clear();
        MDC.remove(MDC_PROCESS_INSTANCE_KEY);
        MDC.remove(MDC_JOB_TYPE);
      }
    };
  }

  /**
   * The {@code incidentId} process variable, which every playbook instance carries from its start;
   * null when the job's variables lack it (a process the service did not start).
   */
  private static String incidentIdOf(ActivatedJob job) {
    if (!job.getVariables().contains("\"" + IncidentContext.MDC_KEY + "\"")) {
      return null;
    }
    try {
      return job.getVariablesAsMap().get(IncidentContext.MDC_KEY) instanceof String id ? id : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
