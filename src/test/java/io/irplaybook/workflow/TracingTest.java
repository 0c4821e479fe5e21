package io.irplaybook.workflow;

import static io.irplaybook.incident.IncidentFixtures.declaration;
import static io.irplaybook.incident.IncidentFixtures.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.irplaybook.inbox.InboxWorkerOffProfile;
import io.irplaybook.platform.IncidentContext;
import io.irplaybook.security.service.AnyResponderRole;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.jboss.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Traces and logs name the incident: the declaration's HTTP span, its service span and its gateway
 * command share one trace and carry the incident id; a job of a process that carries the same
 * incident id runs in a span and with an MDC that name it. (Issue 20, point 2.)
 */
@QuarkusTest
@TestProfile(TracingTest.Profile.class)
@TestSecurity(user = "alice", roles = "incident-commander", augmentors = AnyResponderRole.class)
class TracingTest {

  /** Tracing on, and the inbox worker off so its jobs do not mix into the spans looked at here. */
  public static class Profile extends TracingProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      var overrides = new java.util.HashMap<>(super.getConfigOverrides());
      overrides.putAll(new InboxWorkerOffProfile().getConfigOverrides());
      return overrides;
    }
  }

  private static final Logger HANDLER_LOG = Logger.getLogger("io.irplaybook.test.TracedHandler");

  @Inject CamundaClient client;
  @Inject InMemorySpanExporter spans;

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLoggerName().equals(HANDLER_LOG.getName())) {
            if (record instanceof ExtLogRecord ext) {
              ext.copyMdc();
            }
            records.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    spans.reset();
    java.util.logging.Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    java.util.logging.Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void declarationTracesHttpServiceAndGatewayCommandWithTheIncidentId() {
    // when
    String incidentId = declare();

    // then
    SpanData http =
        awaitSpan(s -> s.getKind() == SpanKind.SERVER && s.getName().contains("/api/incidents"));
    assertThat(http.getAttributes().get(IncidentContext.SPAN_ATTRIBUTE)).isEqualTo(incidentId);
    SpanData service = awaitSpan(s -> s.getName().equals("incident.declare"));
    assertThat(service.getTraceId()).isEqualTo(http.getTraceId());
    assertThat(service.getAttributes().get(IncidentContext.SPAN_ATTRIBUTE)).isEqualTo(incidentId);
    SpanData start =
        awaitSpan(
            s ->
                s.getKind() == SpanKind.CLIENT
                    && s.getName().equals("camunda/CreateProcessInstance"));
    assertThat(start.getTraceId()).isEqualTo(http.getTraceId());
    assertThat(start.getParentSpanId()).isEqualTo(service.getSpanId());
  }

  @Test
  void jobHandlerRunsInASpanAndWithAnMdcThatNameItsIncident() throws Exception {
    // given: an incident declared over HTTP, and a process of its own carrying that incident id
    String incidentId = declare();
    SpanData http =
        awaitSpan(s -> s.getKind() == SpanKind.SERVER && s.getName().contains("/api/incidents"));
    String jobType = "tracing-test-" + UUID.randomUUID();
    String processId = "tracing-" + UUID.randomUUID().toString().substring(0, 8);
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("work", t -> t.zeebeJobType(jobType))
                .endEvent()
                .done(),
            processId + ".bpmn")
        .send()
        .join();
    // The worker asks for an unrelated variable only: the traced client adds incidentId itself.
    JobWorker worker =
        client
            .newWorker()
            .jobType(jobType)
            .handler(
                (jobs, job) -> {
                  HANDLER_LOG.infof("handling job %d", job.getKey());
                  jobs.newCompleteCommand(job.getKey()).send().join();
                })
            .fetchVariables("unrelated")
            .open();
    try {
      // when
      long instance =
          client
              .newCreateInstanceCommand()
              .bpmnProcessId(processId)
              .latestVersion()
              .variables(Map.of("incidentId", incidentId, "unrelated", 1))
              .send()
              .join()
              .getProcessInstanceKey();

      // then: the job's span names the incident, the job and the instance
      SpanData job = awaitSpan(s -> s.getName().equals("job " + jobType));
      assertThat(job.getKind()).isEqualTo(SpanKind.CONSUMER);
      assertThat(job.getAttributes().get(IncidentContext.SPAN_ATTRIBUTE))
          .isEqualTo(incidentId)
          .isEqualTo(http.getAttributes().get(IncidentContext.SPAN_ATTRIBUTE));
      assertThat(attribute(job, "camunda.job.type")).isEqualTo(jobType);
      assertThat(attribute(job, "camunda.process_instance.key"))
          .isEqualTo(String.valueOf(instance));
      SpanData complete =
          awaitSpan(
              s ->
                  s.getName().equals("camunda/CompleteJob")
                      && s.getTraceId().equals(job.getTraceId()));
      assertThat(complete.getParentSpanId()).isEqualTo(job.getSpanId());
      // and the handler's log record carries the incident in its MDC
      LogRecord line = awaitRecord(1);
      assertThat(((ExtLogRecord) line).getMdc(IncidentContext.MDC_KEY)).isEqualTo(incidentId);
      assertThat(((ExtLogRecord) line).getMdc(JobSpans.MDC_PROCESS_INSTANCE_KEY))
          .isEqualTo(String.valueOf(instance));

      // when a job of a process without an incident follows on the same worker
      client
          .newCreateInstanceCommand()
          .bpmnProcessId(processId)
          .latestVersion()
          .variables(Map.of("unrelated", 2))
          .send()
          .join();

      // then its log record names no incident: nothing is left over from the previous job
      LogRecord next = awaitRecord(2);
      assertThat(((ExtLogRecord) next).getMdc(IncidentContext.MDC_KEY)).isNull();
    } finally {
      worker.close();
    }
  }

  private static String attribute(SpanData span, String key) {
    return span.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey(key));
  }

  private static String declare() {
    return given()
        .contentType(ContentType.JSON)
        .body(json(declaration("Traced KK", 20)))
        .post("/api/incidents")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Spans end on other threads (the HTTP span after the response is written): poll briefly. */
  private SpanData awaitSpan(Predicate<SpanData> wanted) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      Optional<SpanData> found = spans.getFinishedSpanItems().stream().filter(wanted).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      pause();
    }
    throw new AssertionError(
        "Expected a matching span within 20 s, but the spans were: "
            + spans.getFinishedSpanItems().stream().map(SpanData::getName).toList());
  }

  private LogRecord awaitRecord(int count) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (records.size() < count && Instant.now().isBefore(deadline)) {
      pause();
    }
    assertThat(records).as("log records of the job handler").hasSizeGreaterThanOrEqualTo(count);
    return records.get(count - 1);
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
