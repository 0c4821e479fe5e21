package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import io.irplaybook.engine.testing.EngineHarness.Incident;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ThrowError: a business error is caught by a matching error boundary event, or becomes an
 * incident.
 */
class ThrowErrorTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();
  private long instanceKey;

  @BeforeEach
  void startInstance() {
    engine.deployProcess("error-boundary-event.bpmn");
    instanceKey =
        engine
            .createInstance("error-boundary-event", variables("jobType", jobType))
            .getProcessInstanceKey();
  }

  @Test
  void shouldContinueOnTheBoundaryPathWhenTheErrorIsCaught() {
    // given
    ActivatedJob job = engine.awaitJob(jobType);

    // when
    engine
        .client()
        .newThrowErrorCommand(job.getKey())
        .errorCode("CONTAINMENT_FAILED")
        .errorMessage("EDR agent offline")
        .send()
        .join();

    // then
    ActivatedJob handler = engine.awaitJob(jobType);
    assertThat(handler.getElementId()).isEqualTo("escalate-to-human");
    assertThat(handler.getProcessInstanceKey()).isEqualTo(instanceKey);
  }

  @Test
  void shouldMakeTheErrorVariablesAvailableOnTheBoundaryPath() {
    // given
    ActivatedJob job = engine.awaitJob(jobType);

    // when
    engine
        .client()
        .newThrowErrorCommand(job.getKey())
        .errorCode("CONTAINMENT_FAILED")
        .variables(variables("reason", "EDR agent offline", "hostId", "web-01"))
        .send()
        .join();

    // then
    assertThat(engine.awaitJob(jobType).getVariablesAsMap())
        .containsEntry("reason", "EDR agent offline")
        .containsEntry("hostId", "web-01");
  }

  @Test
  void shouldRaiseAnIncidentWhenNoBoundaryEventCatchesTheError() {
    // given
    ActivatedJob job = engine.awaitJob(jobType);

    // when
    engine
        .client()
        .newThrowErrorCommand(job.getKey())
        .errorCode("DISK_FULL")
        .errorMessage("no space left on the evidence volume")
        .send()
        .join();

    // then
    Incident incident = engine.awaitIncident(instanceKey);
    assertThat(incident.errorType()).isEqualTo("UNHANDLED_ERROR_EVENT");
    assertThat(incident.elementId()).isEqualTo("contain-host");
    engine.assertNoActivatableJob(jobType);
  }

  @Test
  void shouldAnswerNotFoundWhenTheJobIsCompletedAfterItsErrorWasCaught() {
    // given
    ActivatedJob job = engine.awaitJob(jobType);
    engine
        .client()
        .newThrowErrorCommand(job.getKey())
        .errorCode("CONTAINMENT_FAILED")
        .send()
        .join();

    // when / then
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newCompleteCommand(job.getKey()).send().join());
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownJobKey() {
    // when / then
    assertRejected(
        Status.Code.NOT_FOUND,
        () ->
            engine
                .client()
                .newThrowErrorCommand(2251799813685700L)
                .errorCode("CONTAINMENT_FAILED")
                .send()
                .join());
  }
}
