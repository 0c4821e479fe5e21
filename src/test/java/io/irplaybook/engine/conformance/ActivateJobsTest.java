package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ActivateJobsResponse;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.worker.JobWorker;
import io.irplaybook.engine.testing.EngineHarness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ActivateJobs: long polling, limits, variables and headers handed to workers. */
class ActivateJobsTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @Test
  void shouldHandALongPollingRequestAJobCreatedAfterTheRequestStarted() {
    // given: a worker is already waiting when there is nothing to do
    CamundaFuture<ActivateJobsResponse> waiting =
        engine
            .client()
            .newActivateJobsCommand()
            .jobType(jobType)
            .maxJobsToActivate(1)
            .timeout(EngineHarness.JOB_TIMEOUT)
            .requestTimeout(Duration.ofSeconds(30))
            .send();
    engine.deployProcess("one-service-task.bpmn");
    assertThat(waiting.isDone()).as("long poll answered while no job exists").isFalse();

    // when
    ProcessInstanceEvent instance =
        engine.createInstance("one-service-task", variables("jobType", jobType));

    // then
    List<ActivatedJob> jobs = waiting.join().getJobs();
    assertThat(jobs).hasSize(1);
    assertThat(jobs.get(0).getProcessInstanceKey()).isEqualTo(instance.getProcessInstanceKey());
  }

  @Test
  void shouldHandAJobToOnlyOneOfTwoWaitingWorkers() {
    // given
    engine.deployProcess("one-service-task.bpmn");
    List<CamundaFuture<ActivateJobsResponse>> waiting = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      waiting.add(
          engine
              .client()
              .newActivateJobsCommand()
              .jobType(jobType)
              .maxJobsToActivate(5)
              .timeout(EngineHarness.JOB_TIMEOUT)
              .requestTimeout(Duration.ofSeconds(3))
              .send());
    }

    // when
    engine.createInstance("one-service-task", variables("jobType", jobType));

    // then
    int handedOut = 0;
    for (CamundaFuture<ActivateJobsResponse> request : waiting) {
      handedOut += request.join().getJobs().size();
    }
    assertThat(handedOut).as("activations of the one job").isEqualTo(1);
  }

  @Test
  void shouldAnswerEmptyWhenTheRequestTimeoutPassesWithoutAJob() {
    // given
    Duration requestTimeout = Duration.ofMillis(800);
    long startedAt = System.nanoTime();

    // when
    List<ActivatedJob> jobs =
        engine.activateJobs(jobType, 5, requestTimeout, EngineHarness.JOB_TIMEOUT);

    // then
    Duration waited = Duration.ofNanos(System.nanoTime() - startedAt);
    assertThat(jobs).isEmpty();
    assertThat(waited)
        .as("time the long poll was held")
        .isGreaterThanOrEqualTo(Duration.ofMillis(700));
    assertThat(waited).as("time until the empty answer").isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void shouldActivateNoMoreJobsThanMaxJobsToActivate() {
    // given: three jobs that are all activatable at the same moment
    engine.deployProcess("one-service-task.bpmn");
    for (int i = 0; i < 3; i++) {
      engine.createInstance("one-service-task", variables("jobType", jobType));
    }
    for (ActivatedJob job : engine.awaitJobs(jobType, 3)) {
      engine.client().newFailCommand(job.getKey()).retries(2).send().join();
    }

    // when
    List<ActivatedJob> firstBatch =
        engine.activateJobs(jobType, 2, EngineHarness.LONG_POLL, EngineHarness.JOB_TIMEOUT);
    List<ActivatedJob> secondBatch =
        engine.activateJobs(jobType, 2, EngineHarness.LONG_POLL, EngineHarness.JOB_TIMEOUT);

    // then
    assertThat(firstBatch).hasSize(2);
    assertThat(secondBatch).hasSize(1);
  }

  @Test
  void shouldNotHandOutAJobThatIsAlreadyActivated() {
    // given
    engine.deployProcess("one-service-task.bpmn");
    engine.createInstance("one-service-task", variables("jobType", jobType));
    engine.awaitJob(jobType);

    // when / then
    engine.assertNoActivatableJob(jobType);
  }

  @Test
  void shouldReturnOnlyTheFetchedVariables() {
    // given
    engine.deployProcess("one-service-task.bpmn");
    engine.createInstance(
        "one-service-task",
        variables("jobType", jobType, "alertId", "ALERT-3", "severity", "high", "analyst", "dana"));

    // when
    List<ActivatedJob> jobs = new ArrayList<>();
    for (int poll = 0; poll < 4 && jobs.isEmpty(); poll++) {
      jobs.addAll(
          engine
              .client()
              .newActivateJobsCommand()
              .jobType(jobType)
              .maxJobsToActivate(1)
              .timeout(EngineHarness.JOB_TIMEOUT)
              .fetchVariables("alertId", "analyst")
              .requestTimeout(EngineHarness.LONG_POLL)
              .send()
              .join()
              .getJobs());
    }

    // then
    assertThat(jobs).hasSize(1);
    assertThat(jobs.get(0).getVariablesAsMap()).containsOnlyKeys("alertId", "analyst");
  }

  @Test
  void shouldReturnTheVariablesOfTheJobsScopeAndOfItsParentScopes() {
    // given
    engine.deployProcess("embedded-sub-process.bpmn");

    // when
    engine.createInstance(
        "embedded-sub-process", variables("jobType", jobType, "caseId", "CASE-9"));

    // then
    ActivatedJob job = engine.awaitJob(jobType);
    assertThat(job.getElementId()).isEqualTo("gather-evidence");
    assertThat(job.getVariablesAsMap())
        .as("process variables plus the sub-process's local ones")
        .containsEntry("caseId", "CASE-9")
        .containsEntry("jobType", jobType)
        .containsEntry("finding", "pending")
        .containsEntry("attempt", 1);
  }

  @Test
  void shouldNotReturnVariablesOfAnotherInstance() {
    // given
    engine.deployProcess("one-service-task.bpmn");
    ProcessInstanceEvent first =
        engine.createInstance(
            "one-service-task", variables("jobType", jobType, "onlyInFirst", true));
    engine.createInstance("one-service-task", variables("jobType", jobType, "onlyInSecond", true));

    // when
    List<ActivatedJob> jobs = engine.awaitJobs(jobType, 2);

    // then
    for (ActivatedJob job : jobs) {
      boolean isFirst = job.getProcessInstanceKey() == first.getProcessInstanceKey();
      assertThat(job.getVariablesAsMap())
          .containsOnlyKeys("jobType", isFirst ? "onlyInFirst" : "onlyInSecond");
    }
  }

  @Test
  void shouldReturnTheCustomHeadersOfTheTask() {
    // given
    engine.deployProcess("one-service-task.bpmn");
    engine.createInstance("one-service-task", variables("jobType", jobType));

    // when
    ActivatedJob job = engine.awaitJob(jobType);

    // then
    assertThat(job.getCustomHeaders())
        .containsOnly(Assertions.entry("priority", "high"), Assertions.entry("channel", "#ir-ops"));
  }

  @Test
  void shouldSetTheDeadlineFromTheEngineClockAndTheRequestedTimeout() {
    // given
    engine.deployProcess("one-service-task.bpmn");
    engine.createInstance("one-service-task", variables("jobType", jobType));
    Duration timeout = Duration.ofMinutes(7);

    // when
    ActivatedJob job = engine.awaitJobs(jobType, 1, timeout).get(0);

    // then
    assertThat(job.getDeadline()).isEqualTo(engine.clock().millis() + timeout.toMillis());
  }

  @Test
  void shouldRecordTheWorkerNameOnTheJob() {
    // given
    engine.deployProcess("one-service-task.bpmn");
    engine.createInstance("one-service-task", variables("jobType", jobType));

    // when
    ActivatedJob job = engine.awaitJob(jobType);

    // then
    assertThat(job.getWorker()).isEqualTo("conformance-test");
  }

  @Test
  void shouldServeTheJavaClientsPollingJobWorker() {
    // given
    engine.deployProcess("one-service-task.bpmn");
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult("one-service-task", variables("jobType", jobType));

    // when
    try (JobWorker worker =
        engine
            .client()
            .newWorker()
            .jobType(jobType)
            .handler(
                (client, job) ->
                    client
                        .newCompleteCommand(job.getKey())
                        .variables(variables("handledBy", "job-worker"))
                        .send()
                        .join())
            .timeout(EngineHarness.JOB_TIMEOUT)
            .pollInterval(Duration.ofMillis(50))
            .requestTimeout(Duration.ofSeconds(2))
            .open()) {

      // then
      assertThat(result.join().getVariablesAsMap()).containsEntry("handledBy", "job-worker");
      assertThat(worker.isOpen()).isTrue();
    }
  }
}
