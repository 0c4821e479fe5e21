package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.SetVariablesResponse;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SetVariables: on the process or on an element's scope, local or propagated. */
class SetVariablesTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();
  private long instanceKey;

  @BeforeEach
  void startInstance() {
    engine.deployProcess("two-service-tasks.bpmn");
    instanceKey =
        engine
            .createInstance("two-service-tasks", variables("jobType", jobType))
            .getProcessInstanceKey();
  }

  @Test
  void shouldMakeVariablesSetOnTheProcessInstanceVisibleToLaterJobs() {
    // given
    ActivatedJob first = engine.awaitJob(jobType);

    // when
    SetVariablesResponse response =
        engine
            .client()
            .newSetVariablesCommand(instanceKey)
            .variables(variables("severity", "high", "ticket", "INC-42"))
            .send()
            .join();
    engine.client().newCompleteCommand(first.getKey()).send().join();

    // then
    assertThat(response.getKey()).isPositive();
    assertThat(engine.awaitJob(jobType).getVariablesAsMap())
        .containsEntry("severity", "high")
        .containsEntry("ticket", "INC-42");
  }

  @Test
  void shouldPropagateVariablesSetOnATaskScopeToTheProcess() {
    // given
    ActivatedJob first = engine.awaitJob(jobType);

    // when
    engine
        .client()
        .newSetVariablesCommand(first.getElementInstanceKey())
        .variables(variables("note", "checked by dana"))
        .local(false)
        .send()
        .join();
    engine.client().newCompleteCommand(first.getKey()).send().join();

    // then
    ActivatedJob second = engine.awaitJob(jobType);
    assertThat(second.getElementId()).isEqualTo("second-task");
    assertThat(second.getVariablesAsMap()).containsEntry("note", "checked by dana");
  }

  @Test
  void shouldKeepLocalVariablesInTheScopeTheyWereSetOn() {
    // given
    ActivatedJob first = engine.awaitJob(jobType);

    // when
    engine
        .client()
        .newSetVariablesCommand(first.getElementInstanceKey())
        .variables(variables("scratch", "only for this task"))
        .local(true)
        .send()
        .join();

    // then: the task itself sees the variable on its next attempt ...
    engine.client().newFailCommand(first.getKey()).retries(2).send().join();
    ActivatedJob retried = engine.awaitJob(jobType);
    assertThat(retried.getVariablesAsMap()).containsEntry("scratch", "only for this task");
    // ... but it does not leave the task's scope
    engine.client().newCompleteCommand(retried.getKey()).send().join();
    ActivatedJob second = engine.awaitJob(jobType);
    assertThat(second.getElementId()).isEqualTo("second-task");
    assertThat(second.getVariablesAsMap()).doesNotContainKey("scratch");
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownElementInstance() {
    // when / then
    assertRejected(
        Status.Code.NOT_FOUND,
        () ->
            engine
                .client()
                .newSetVariablesCommand(2251799813685800L)
                .variables(variables("severity", "low"))
                .send()
                .join());
  }

  @Test
  void shouldAnswerNotFoundForAnInstanceThatNoLongerRuns() {
    // given
    engine.client().newCancelInstanceCommand(instanceKey).send().join();

    // when / then
    assertRejected(
        Status.Code.NOT_FOUND,
        () ->
            engine
                .client()
                .newSetVariablesCommand(instanceKey)
                .variables(variables("severity", "low"))
                .send()
                .join());
  }

  @Test
  void shouldRejectVariablesThatAreNotAJsonObject() {
    // when / then
    assertRejected(
        Status.Code.INVALID_ARGUMENT,
        () ->
            engine
                .client()
                .newSetVariablesCommand(instanceKey)
                .variables("\"just a string\"")
                .send()
                .join());
  }
}
