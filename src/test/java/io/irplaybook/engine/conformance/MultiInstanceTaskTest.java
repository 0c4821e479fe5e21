package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.irplaybook.engine.testing.EngineHarness;
import io.irplaybook.engine.testing.EngineHarness.Incident;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Multi-instance service tasks: one inner instance per item, parallel or one after the other. */
class MultiInstanceTaskTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();
  private final String afterJobType = newJobType();
  private final List<String> owners = List.of("alice", "bob", "carol");

  @Test
  void shouldCreateOneJobPerItemAtOnceWithItsElementAndLoopCounter() {
    // given
    engine.deployProcess("multi-instance-parallel-task.bpmn");

    // when
    engine.createInstance(
        "multi-instance-parallel-task", variables("jobType", jobType, "owners", owners));

    // then
    List<ActivatedJob> jobs = engine.awaitJobs(jobType, 3);
    assertThat(jobs).extracting(ActivatedJob::getElementId).containsOnly("notify-owner");
    assertThat(jobs)
        .extracting(job -> job.getVariablesAsMap().get("owner"))
        .containsExactlyInAnyOrder("alice", "bob", "carol");
    assertThat(jobs)
        .extracting(job -> job.getVariablesAsMap().get("loopCounter"))
        .containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void shouldCollectTheOutputsInInputOrderWhateverOrderTheyComplete() {
    // given
    engine.deployProcess("multi-instance-parallel-task.bpmn");
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult(
            "multi-instance-parallel-task",
            variables("jobType", jobType, "afterJobType", afterJobType, "owners", owners));
    List<ActivatedJob> jobs = engine.awaitJobs(jobType, 3);

    // when: completed last item first
    jobs.stream()
        .sorted(
            Comparator.comparing(
                    (ActivatedJob job) -> (String) job.getVariablesAsMap().get("owner"))
                .reversed())
        .forEach(
            job ->
                engine
                    .client()
                    .newCompleteCommand(job.getKey())
                    .variables(
                        variables("acknowledgement", "ack-" + job.getVariablesAsMap().get("owner")))
                    .send()
                    .join());
    engine.client().newCompleteCommand(engine.awaitJob(afterJobType).getKey()).send().join();

    // then
    assertThat(result.join().getVariablesAsMap().get("acknowledgements"))
        .isEqualTo(List.of("ack-alice", "ack-bob", "ack-carol"));
  }

  @Test
  void shouldOfferTheNextItemOnlyAfterThePreviousOneCompletedWhenSequential() {
    // given
    engine.deployProcess("multi-instance-sequential-task.bpmn");
    engine.createInstance(
        "multi-instance-sequential-task", variables("jobType", jobType, "owners", owners));
    ActivatedJob first = engine.awaitJob(jobType);
    assertThat(first.getVariablesAsMap())
        .containsEntry("owner", "alice")
        .containsEntry("loopCounter", 1);
    engine.assertNoActivatableJob(jobType);

    // when
    engine
        .client()
        .newCompleteCommand(first.getKey())
        .variables(variables("acknowledgement", "ack-alice"))
        .send()
        .join();

    // then
    assertThat(engine.awaitJob(jobType).getVariablesAsMap())
        .containsEntry("owner", "bob")
        .containsEntry("loopCounter", 2);
  }

  @Test
  void shouldStopAndCancelTheRemainingItemsOnceTheCompletionConditionHolds() {
    // given
    engine.deployProcess("multi-instance-completion-condition.bpmn");
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult(
            "multi-instance-completion-condition",
            variables(
                "jobType",
                jobType,
                "afterJobType",
                afterJobType,
                "hosts",
                List.of("web-01", "web-02", "db-01")));
    List<ActivatedJob> jobs = engine.awaitJobs(jobType, 3);
    ActivatedJob web02 =
        jobs.stream()
            .filter(job -> "web-02".equals(job.getVariablesAsMap().get("host")))
            .findFirst()
            .orElseThrow();
    ActivatedJob other = jobs.stream().filter(job -> job != web02).findFirst().orElseThrow();
    engine
        .client()
        .newCompleteCommand(other.getKey())
        .variables(variables("found", false))
        .send()
        .join();

    // when
    engine
        .client()
        .newCompleteCommand(web02.getKey())
        .variables(variables("found", true))
        .send()
        .join();

    // then
    engine.client().newCompleteCommand(engine.awaitJob(afterJobType).getKey()).send().join();
    assertThat(result.join().getVariablesAsMap().get("searchResults"))
        .asList()
        .contains(true, false)
        .hasSize(3);
    jobs.stream()
        .filter(job -> job != web02 && job != other)
        .forEach(
            job ->
                assertThat(
                        engine
                            .client()
                            .newCompleteCommand(job.getKey())
                            .send()
                            .toCompletableFuture())
                    .failsWithin(Duration.ofSeconds(10)));
  }

  @Test
  void shouldCompleteAtOnceForAnEmptyCollection() {
    // given
    engine.deployProcess("multi-instance-parallel-task.bpmn");

    // when
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult(
            "multi-instance-parallel-task",
            variables("jobType", jobType, "afterJobType", afterJobType, "owners", List.of()));
    engine.client().newCompleteCommand(engine.awaitJob(afterJobType).getKey()).send().join();

    // then
    assertThat(result.join().getVariablesAsMap().get("acknowledgements")).isEqualTo(List.of());
    engine.assertNoActivatableJob(jobType);
  }

  @Test
  void shouldRaiseAnIncidentForANonListCollectionAndRunOnceItIsFixed() {
    // given
    engine.deployProcess("multi-instance-parallel-task.bpmn");
    long instanceKey =
        engine
            .createInstance(
                "multi-instance-parallel-task", variables("jobType", jobType, "owners", "alice"))
            .getProcessInstanceKey();
    Incident incident = engine.awaitIncident(instanceKey);
    assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
    assertThat(incident.elementId()).isEqualTo("notify-owner");

    // when
    engine
        .client()
        .newSetVariablesCommand(instanceKey)
        .variables(variables("owners", List.of("alice")))
        .send()
        .join();
    engine.client().newResolveIncidentCommand(incident.key()).send().join();

    // then
    assertThat(engine.awaitJob(jobType).getVariablesAsMap()).containsEntry("owner", "alice");
  }

  @Test
  void shouldResumeASequentialLoopAfterARestart() {
    // given
    engine.deployProcess("multi-instance-sequential-task.bpmn");
    long instanceKey =
        engine
            .createInstance(
                "multi-instance-sequential-task",
                variables("jobType", jobType, "afterJobType", afterJobType, "owners", owners))
            .getProcessInstanceKey();
    ActivatedJob first = engine.awaitJob(jobType);
    engine
        .client()
        .newCompleteCommand(first.getKey())
        .variables(variables("acknowledgement", "ack-alice"))
        .send()
        .join();
    ActivatedJob second = engine.awaitJob(jobType);

    // when
    engine.crashAndRestart();
    engine
        .client()
        .newCompleteCommand(second.getKey())
        .variables(variables("acknowledgement", "ack-bob"))
        .send()
        .join();

    // then
    ActivatedJob third = engine.awaitJob(jobType);
    assertThat(third.getVariablesAsMap())
        .containsEntry("owner", "carol")
        .containsEntry("loopCounter", 3);
    engine
        .client()
        .newCompleteCommand(third.getKey())
        .variables(variables("acknowledgement", "ack-carol"))
        .send()
        .join();
    ActivatedJob after = engine.awaitJob(afterJobType);
    assertThat(after.getProcessInstanceKey()).isEqualTo(instanceKey);
    assertThat(after.getVariablesAsMap().get("acknowledgements"))
        .isEqualTo(List.of("ack-alice", "ack-bob", "ack-carol"));
  }
}
