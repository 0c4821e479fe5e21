package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import io.irplaybook.engine.testing.EngineHarness.Incident;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** FailJob: retries, retry back-off on the engine clock, and an incident when retries run out. */
class FailJobTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();
  private long instanceKey;

  @BeforeEach
  void startInstance() {
    engine.deployProcess("one-service-task.bpmn");
    instanceKey =
        engine
            .createInstance("one-service-task", variables("jobType", jobType))
            .getProcessInstanceKey();
  }

  @Test
  void shouldMakeTheJobActivatableAgainWithTheRetriesLeft() {
    // given
    ActivatedJob job = engine.awaitJob(jobType);

    // when
    engine
        .client()
        .newFailCommand(job.getKey())
        .retries(2)
        .errorMessage("EDR API timed out")
        .send()
        .join();

    // then
    ActivatedJob again = engine.awaitJob(jobType);
    assertThat(again.getKey()).isEqualTo(job.getKey());
    assertThat(again.getRetries()).isEqualTo(2);
  }

  @Test
  void shouldNotOfferTheJobBeforeTheRetryBackOffHasPassedOnTheEngineClock() {
    // given
    ActivatedJob job = engine.awaitJob(jobType);

    // when
    engine
        .client()
        .newFailCommand(job.getKey())
        .retries(2)
        .retryBackoff(Duration.ofMinutes(1))
        .errorMessage("rate limited")
        .send()
        .join();

    // then
    engine.assertNoActivatableJob(jobType);
    engine.clock().advance(Duration.ofSeconds(30));
    engine.assertNoActivatableJob(jobType);
    engine.clock().advance(Duration.ofSeconds(31));
    ActivatedJob again = engine.awaitJob(jobType);
    assertThat(again.getKey()).isEqualTo(job.getKey());
    assertThat(again.getRetries()).isEqualTo(2);
  }

  @Test
  void shouldRaiseAnIncidentWhenNoRetriesAreLeft() {
    // given
    ActivatedJob job = engine.awaitJob(jobType);

    // when
    engine
        .client()
        .newFailCommand(job.getKey())
        .retries(0)
        .errorMessage("EDR API unreachable")
        .send()
        .join();

    // then
    Incident incident = engine.awaitIncident(instanceKey);
    assertThat(incident.errorType()).isEqualTo("JOB_NO_RETRIES");
    assertThat(incident.errorMessage()).isEqualTo("EDR API unreachable");
    assertThat(incident.elementId()).isEqualTo("do-work");
    assertThat(incident.jobKey()).isEqualTo(job.getKey());
    engine.assertNoActivatableJob(jobType);
  }

  @Test
  void shouldKeepTheFailureVariablesOnTheTaskForTheNextAttempt() {
    // given
    ActivatedJob job = engine.awaitJob(jobType);

    // when
    engine
        .client()
        .newFailCommand(job.getKey())
        .retries(1)
        .variables(variables("lastError", "HTTP 503"))
        .send()
        .join();

    // then
    assertThat(engine.awaitJob(jobType).getVariablesAsMap()).containsEntry("lastError", "HTTP 503");
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownJobKey() {
    // when / then
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newFailCommand(2251799813685400L).retries(1).send().join());
  }

  @Test
  void shouldAnswerNotFoundWhenACompletedJobIsFailed() {
    // given
    ActivatedJob job = engine.awaitJob(jobType);
    engine.client().newCompleteCommand(job.getKey()).send().join();

    // when / then
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newFailCommand(job.getKey()).retries(1).send().join());
  }
}
