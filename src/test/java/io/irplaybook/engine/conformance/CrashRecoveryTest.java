package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.Process;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import io.irplaybook.engine.testing.EngineHarness.Incident;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Crash recovery: the engine is halted as by {@code kill -9} mid-instance and a new engine is
 * started on the same database; everything acknowledged before the crash is back.
 */
class CrashRecoveryTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @Test
  void shouldFinishAnInstanceWhoseJobWasActivatedBeforeTheCrash() {
    // given
    engine.deployProcess("two-service-tasks.bpmn");
    ProcessInstanceEvent instance =
        engine.createInstance(
            "two-service-tasks", variables("jobType", jobType, "caseId", "CASE-11"));
    ActivatedJob beforeCrash = engine.awaitJobs(jobType, 1, Duration.ofMinutes(5)).get(0);

    // when
    engine.crashAndRestart();

    // then: the deployment is back, and new keys do not collide with old ones
    String otherJobType = newJobType();
    ProcessInstanceEvent newInstance =
        engine.createInstance("two-service-tasks", variables("jobType", otherJobType));
    assertThat(newInstance.getProcessInstanceKey()).isNotEqualTo(instance.getProcessInstanceKey());
    assertThat(engine.awaitJob(otherJobType).getKey()).isNotEqualTo(beforeCrash.getKey());

    // then: the job activated before the crash stays with its worker until its deadline ...
    engine.assertNoActivatableJob(jobType);
    engine.clock().advance(Duration.ofMinutes(5).plusSeconds(1));
    ActivatedJob afterTimeout = engine.awaitJob(jobType);
    assertThat(afterTimeout.getKey()).isEqualTo(beforeCrash.getKey());
    assertThat(afterTimeout.getRetries()).isEqualTo(3);

    // ... and completing it carries the instance on to its end
    engine
        .client()
        .newCompleteCommand(afterTimeout.getKey())
        .variables(variables("assets", 2))
        .send()
        .join();
    ActivatedJob second = engine.awaitJob(jobType);
    assertThat(second.getElementId()).isEqualTo("second-task");
    assertThat(second.getProcessInstanceKey()).isEqualTo(instance.getProcessInstanceKey());
    assertThat(second.getVariablesAsMap())
        .containsEntry("caseId", "CASE-11")
        .containsEntry("assets", 2);
    engine.client().newCompleteCommand(second.getKey()).send().join();
    engine.assertNoActivatableJob(jobType);
    assertRejected(
        Status.Code.NOT_FOUND,
        () ->
            engine
                .client()
                .newCancelInstanceCommand(instance.getProcessInstanceKey())
                .send()
                .join());
  }

  @Test
  void shouldNeverReuseAKeyAfterEveryInstanceFinishedAndItsEventsWereDeleted() {
    // given: an instance that ran to its end, so the log no longer holds any of its events
    engine.deployProcess("one-service-task.bpmn");
    ProcessInstanceEvent finished =
        engine.createInstance("one-service-task", variables("jobType", jobType));
    ActivatedJob job = engine.awaitJob(jobType);
    engine.client().newCompleteCommand(job.getKey()).send().join();
    engine.assertNoActivatableJob(jobType);

    // when
    engine.crashAndRestart();

    // then: keys continue above every key handed out before, though the rows that held them are
    // gone
    ProcessInstanceEvent next =
        engine.createInstance("one-service-task", variables("jobType", jobType));
    ActivatedJob nextJob = engine.awaitJob(jobType);
    assertThat(next.getProcessInstanceKey()).isGreaterThan(job.getKey());
    assertThat(nextJob.getKey())
        .isGreaterThan(job.getKey())
        .isNotEqualTo(finished.getProcessInstanceKey());
  }

  @Test
  void shouldAcceptTheCompletionOfAJobActivatedBeforeTheCrash() {
    // given
    engine.deployProcess("two-service-tasks.bpmn");
    engine.createInstance("two-service-tasks", variables("jobType", jobType));
    ActivatedJob beforeCrash = engine.awaitJob(jobType);
    engine.crashAndRestart();

    // when
    engine.client().newCompleteCommand(beforeCrash.getKey()).send().join();

    // then
    assertThat(engine.awaitJob(jobType).getElementId()).isEqualTo("second-task");
  }

  @Test
  void shouldKeepTheEffectOfACompletionAcknowledgedBeforeTheCrash() {
    // given
    engine.deployProcess("two-service-tasks.bpmn");
    engine.createInstance("two-service-tasks", variables("jobType", jobType));
    ActivatedJob first = engine.awaitJob(jobType);
    engine
        .client()
        .newCompleteCommand(first.getKey())
        .variables(variables("verdict", "malicious"))
        .send()
        .join();

    // when
    engine.crashAndRestart();

    // then
    ActivatedJob second = engine.awaitJob(jobType);
    assertThat(second.getElementId()).isEqualTo("second-task");
    assertThat(second.getVariablesAsMap()).containsEntry("verdict", "malicious");
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newCompleteCommand(first.getKey()).send().join());
  }

  @Test
  void shouldKeepDeploymentsAndTheirVersionsAcrossACrash() {
    // given
    Process first = engine.deployProcess("one-service-task.bpmn");

    // when
    engine.crashAndRestart();

    // then
    Process again = engine.deployProcess("one-service-task.bpmn");
    assertThat(again.getVersion()).isEqualTo(1);
    assertThat(again.getProcessDefinitionKey()).isEqualTo(first.getProcessDefinitionKey());
    assertThat(engine.deployProcess("one-service-task-revised.bpmn").getVersion()).isEqualTo(2);
  }

  @Test
  void shouldKeepIncidentsAndVariablesAcrossACrash() {
    // given
    engine.deployProcess("exclusive-gateway-without-default.bpmn");
    long instanceKey =
        engine
            .createInstance(
                "exclusive-gateway-without-default",
                variables("jobType", jobType, "severity", "low", "caseId", "CASE-12"))
            .getProcessInstanceKey();
    Incident incident = engine.awaitIncident(instanceKey);

    // when
    engine.crashAndRestart();

    // then
    assertThat(engine.openIncidents(instanceKey)).containsExactly(incident);
    engine
        .client()
        .newSetVariablesCommand(instanceKey)
        .variables(variables("severity", "medium"))
        .send()
        .join();
    engine.client().newResolveIncidentCommand(incident.key()).send().join();
    ActivatedJob job = engine.awaitJob(jobType);
    assertThat(job.getElementId()).isEqualTo("review");
    assertThat(job.getVariablesAsMap())
        .containsEntry("caseId", "CASE-12")
        .containsEntry("severity", "medium");
  }

  @Test
  void shouldKeepARetryBackOffAcrossACrash() {
    // given
    engine.deployProcess("one-service-task.bpmn");
    engine.createInstance("one-service-task", variables("jobType", jobType));
    ActivatedJob job = engine.awaitJob(jobType);
    engine
        .client()
        .newFailCommand(job.getKey())
        .retries(1)
        .retryBackoff(Duration.ofMinutes(2))
        .send()
        .join();

    // when
    engine.crashAndRestart();

    // then
    engine.assertNoActivatableJob(jobType);
    engine.clock().advance(Duration.ofMinutes(2).plusSeconds(1));
    ActivatedJob again = engine.awaitJob(jobType);
    assertThat(again.getKey()).isEqualTo(job.getKey());
    assertThat(again.getRetries()).isEqualTo(1);
  }
}
