package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static io.irplaybook.engine.testing.Rejections.description;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CompleteJob: variables flow into the process, and a job completes exactly once. */
class CompleteJobTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @Test
  void shouldCompleteTheProcessWhenTheOnlyJobCompletes() {
    // given
    engine.deployProcess("one-service-task.bpmn");
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult("one-service-task", variables("jobType", jobType));
    ActivatedJob job = engine.awaitJob(jobType);

    // when
    engine.client().newCompleteCommand(job.getKey()).send().join();

    // then
    assertThat(result.join().getProcessInstanceKey()).isEqualTo(job.getProcessInstanceKey());
  }

  @Test
  void shouldPropagateTheCompletionVariablesToTheProcess() {
    // given
    engine.deployProcess("two-service-tasks.bpmn");
    engine.createInstance("two-service-tasks", variables("jobType", jobType, "caseId", "CASE-1"));
    ActivatedJob first = engine.awaitJob(jobType);

    // when
    engine
        .client()
        .newCompleteCommand(first.getKey())
        .variables(variables("assets", List.of("web-01", "db-02"), "caseId", "CASE-1-updated"))
        .send()
        .join();

    // then
    ActivatedJob second = engine.awaitJob(jobType);
    assertThat(second.getElementId()).isEqualTo("second-task");
    assertThat(second.getVariablesAsMap())
        .containsEntry("assets", List.of("web-01", "db-02"))
        .containsEntry("caseId", "CASE-1-updated");
  }

  @Test
  void shouldAnswerNotFoundWhenAJobIsCompletedASecondTime() {
    // given
    engine.deployProcess("two-service-tasks.bpmn");
    engine.createInstance("two-service-tasks", variables("jobType", jobType));
    ActivatedJob job = engine.awaitJob(jobType);
    engine.client().newCompleteCommand(job.getKey()).send().join();

    // when / then
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newCompleteCommand(job.getKey()).send().join());
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownJobKeyNamingTheKey() {
    // when
    ClientStatusException rejection =
        assertRejected(
            Status.Code.NOT_FOUND,
            () -> engine.client().newCompleteCommand(2251799813685300L).send().join());

    // then
    assertThat(description(rejection)).contains("2251799813685300");
  }

  @Test
  void shouldRejectCompletionVariablesThatAreNotAJsonObject() {
    // given
    engine.deployProcess("one-service-task.bpmn");
    engine.createInstance("one-service-task", variables("jobType", jobType));
    ActivatedJob job = engine.awaitJob(jobType);

    // when / then
    assertRejected(
        Status.Code.INVALID_ARGUMENT,
        () ->
            engine.client().newCompleteCommand(job.getKey()).variables("[1, 2, 3]").send().join());
  }

  @Test
  void shouldAnswerFailedPreconditionWhenTheJobHasAnIncident() {
    // given: the job failed without retries left, so it waits for an operator
    engine.deployProcess("one-service-task.bpmn");
    long instanceKey =
        engine
            .createInstance("one-service-task", variables("jobType", jobType))
            .getProcessInstanceKey();
    ActivatedJob job = engine.awaitJob(jobType);
    engine
        .client()
        .newFailCommand(job.getKey())
        .retries(0)
        .errorMessage("EDR API unreachable")
        .send()
        .join();
    engine.awaitIncident(instanceKey);

    // when / then
    assertRejected(
        Status.Code.FAILED_PRECONDITION,
        () -> engine.client().newCompleteCommand(job.getKey()).send().join());
  }
}
