package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CreateProcessInstanceWithResult: answers when the instance completes, with its variables. */
class CreateProcessInstanceWithResultTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @Test
  void shouldReturnTheVariablesOfAnInstanceThatCompletesAtOnce() {
    // given
    engine.deployProcess("none-start-and-end-event.bpmn");

    // when
    ProcessInstanceResult result =
        engine
            .client()
            .newCreateInstanceCommand()
            .bpmnProcessId("none-start-and-end-event")
            .latestVersion()
            .variables(variables("alertId", "ALERT-1", "score", 42))
            .withResult()
            .requestTimeout(EngineHarness.RESULT_TIMEOUT)
            .send()
            .join();

    // then
    assertThat(result.getProcessInstanceKey()).isPositive();
    assertThat(result.getBpmnProcessId()).isEqualTo("none-start-and-end-event");
    assertThat(result.getVersion()).isEqualTo(1);
    assertThat(result.getVariablesAsMap())
        .containsEntry("alertId", "ALERT-1")
        .containsEntry("score", 42);
  }

  @Test
  void shouldAnswerOnlyAfterTheLastJobCompletedWithItsVariables() {
    // given
    engine.deployProcess("one-service-task.bpmn");
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult("one-service-task", variables("jobType", jobType));
    ActivatedJob job = engine.awaitJob(jobType);
    assertThat(result.isDone()).as("result answered while the job is still open").isFalse();

    // when
    engine
        .client()
        .newCompleteCommand(job.getKey())
        .variables(variables("verdict", "benign"))
        .send()
        .join();

    // then
    ProcessInstanceResult completed = result.join();
    assertThat(completed.getProcessInstanceKey()).isEqualTo(job.getProcessInstanceKey());
    assertThat(completed.getVariablesAsMap())
        .containsEntry("verdict", "benign")
        .containsEntry("jobType", jobType);
  }

  @Test
  void shouldReturnOnlyTheFetchedVariables() {
    // given
    engine.deployProcess("none-start-and-end-event.bpmn");

    // when
    ProcessInstanceResult result =
        engine
            .client()
            .newCreateInstanceCommand()
            .bpmnProcessId("none-start-and-end-event")
            .latestVersion()
            .variables(variables("alertId", "ALERT-2", "score", 7, "analyst", "dana"))
            .withResult()
            .fetchVariables("alertId", "analyst")
            .requestTimeout(EngineHarness.RESULT_TIMEOUT)
            .send()
            .join();

    // then
    assertThat(result.getVariablesAsMap()).containsOnlyKeys("alertId", "analyst");
  }

  @Test
  void shouldRejectAnUnknownProcessIdWithNotFound() {
    // when / then
    assertRejected(
        Status.Code.NOT_FOUND,
        () ->
            engine
                .client()
                .newCreateInstanceCommand()
                .bpmnProcessId("no-such-process")
                .latestVersion()
                .withResult()
                .requestTimeout(EngineHarness.RESULT_TIMEOUT)
                .send()
                .join());
  }
}
