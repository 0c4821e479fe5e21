package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static io.irplaybook.engine.testing.Rejections.description;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import io.irplaybook.engine.testing.EngineHarness.Incident;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Intermediate timer catch events, on the engine's controlled clock. */
class TimerCatchEventTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @Test
  void shouldWaitForAStaticDurationOnTheEngineClock() {
    // given
    engine.deployProcess("timer-catch-static-duration.bpmn");
    long instanceKey =
        engine
            .createInstance("timer-catch-static-duration", variables("jobType", jobType))
            .getProcessInstanceKey();

    // when
    engine.clock().advance(Duration.ofMinutes(9).plusSeconds(59));

    // then: not yet ...
    engine.assertNoActivatableJob(jobType);

    // ... but once the ten minutes are up
    engine.clock().advance(Duration.ofSeconds(1));
    ActivatedJob job = engine.awaitJob(jobType);
    assertThat(job.getElementId()).isEqualTo("check-again");
    assertThat(job.getProcessInstanceKey()).isEqualTo(instanceKey);
  }

  @Test
  void shouldReadTheDurationFromAFeelExpression() {
    // given
    engine.deployProcess("timer-catch-feel-duration.bpmn");
    engine.createInstance(
        "timer-catch-feel-duration", variables("jobType", jobType, "gracePeriod", "PT30M"));

    // when
    engine.clock().advance(Duration.ofMinutes(29));

    // then
    engine.assertNoActivatableJob(jobType);
    engine.clock().advance(Duration.ofMinutes(1));
    assertThat(engine.awaitJob(jobType).getElementId()).isEqualTo("check-again");
  }

  @Test
  void shouldFireAtTheDateAFeelExpressionGives() {
    // given: the clock starts at 09:00 UTC
    engine.deployProcess("timer-catch-feel-date.bpmn");
    engine.createInstance(
        "timer-catch-feel-date",
        variables("jobType", jobType, "maintenanceWindow", "2025-01-06T12:30:00+01:00"));

    // when: 11:29 UTC
    engine.clock().advance(Duration.ofHours(2).plusMinutes(29));

    // then
    engine.assertNoActivatableJob(jobType);
    engine.clock().advance(Duration.ofMinutes(1));
    assertThat(engine.awaitJob(jobType).getElementId()).isEqualTo("check-again");
  }

  @Test
  void shouldRaiseAnIncidentWhenTheExpressionIsNoDuration() {
    // given
    engine.deployProcess("timer-catch-feel-duration.bpmn");

    // when
    long instanceKey =
        engine
            .createInstance(
                "timer-catch-feel-duration", variables("jobType", jobType, "gracePeriod", "soon"))
            .getProcessInstanceKey();

    // then
    Incident incident = engine.awaitIncident(instanceKey);
    assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
    assertThat(incident.elementId()).isEqualTo("wait");
    assertThat(incident.errorMessage()).contains("soon");
  }

  @Test
  void shouldRejectAnInvalidStaticDurationAtDeployTime() {
    // when
    ClientStatusException rejection =
        assertRejected(
            Status.Code.INVALID_ARGUMENT,
            () -> engine.deploy("timer-catch-invalid-static-duration.bpmn"));

    // then
    assertThat(description(rejection)).contains("wait").contains("PT5X");
  }

  @Test
  void shouldFireExactlyOnceWhenTheEngineCrashedWhileWaiting() {
    // given
    engine.deployProcess("timer-catch-static-duration.bpmn");
    long instanceKey =
        engine
            .createInstance("timer-catch-static-duration", variables("jobType", jobType))
            .getProcessInstanceKey();

    // when
    engine.crashAndRestart();
    engine.clock().advance(Duration.ofMinutes(10));

    // then: one job, and another crash does not fire the (long due) timer a second time; the clock
    // stays within the job's timeout, so a second job could only come from a second firing
    ActivatedJob job = engine.awaitJob(jobType);
    assertThat(job.getProcessInstanceKey()).isEqualTo(instanceKey);
    engine.crashAndRestart();
    engine.clock().advance(Duration.ofMinutes(1));
    engine.assertNoActivatableJob(jobType);
    engine.client().newCompleteCommand(job.getKey()).send().join();
  }

  @Test
  void shouldNotFireTheTimerOfACancelledInstance() {
    // given
    engine.deployProcess("timer-catch-static-duration.bpmn");
    long instanceKey =
        engine
            .createInstance("timer-catch-static-duration", variables("jobType", jobType))
            .getProcessInstanceKey();

    // when
    engine.client().newCancelInstanceCommand(instanceKey).send().join();
    engine.clock().advance(Duration.ofMinutes(11));

    // then
    engine.assertNoActivatableJob(jobType);
  }
}
