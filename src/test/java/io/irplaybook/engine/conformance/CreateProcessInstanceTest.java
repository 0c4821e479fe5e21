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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CreateProcessInstance: which version runs, by id or key, and what is rejected. */
class CreateProcessInstanceTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @Test
  void shouldCreateAnInstanceOfTheLatestVersion() {
    // given
    engine.deployProcess("one-service-task.bpmn");
    Process revised = engine.deployProcess("one-service-task-revised.bpmn");

    // when
    ProcessInstanceEvent instance =
        engine
            .client()
            .newCreateInstanceCommand()
            .bpmnProcessId("one-service-task")
            .latestVersion()
            .variables(variables("jobType", jobType))
            .send()
            .join();

    // then
    assertThat(instance.getProcessInstanceKey()).isPositive();
    assertThat(instance.getBpmnProcessId()).isEqualTo("one-service-task");
    assertThat(instance.getVersion()).isEqualTo(2);
    assertThat(instance.getProcessDefinitionKey()).isEqualTo(revised.getProcessDefinitionKey());
    ActivatedJob job = engine.awaitJob(jobType);
    assertThat(job.getProcessInstanceKey()).isEqualTo(instance.getProcessInstanceKey());
    assertThat(job.getRetries()).as("retries of the revised task definition").isEqualTo(5);
  }

  @Test
  void shouldCreateAnInstanceOfASpecificVersion() {
    // given
    Process first = engine.deployProcess("one-service-task.bpmn");
    engine.deployProcess("one-service-task-revised.bpmn");

    // when
    ProcessInstanceEvent instance =
        engine
            .client()
            .newCreateInstanceCommand()
            .bpmnProcessId("one-service-task")
            .version(1)
            .variables(variables("jobType", jobType))
            .send()
            .join();

    // then
    assertThat(instance.getVersion()).isEqualTo(1);
    assertThat(instance.getProcessDefinitionKey()).isEqualTo(first.getProcessDefinitionKey());
    assertThat(engine.awaitJob(jobType).getRetries())
        .as("retries of the first task definition")
        .isEqualTo(3);
  }

  @Test
  void shouldCreateAnInstanceByProcessDefinitionKey() {
    // given
    Process first = engine.deployProcess("one-service-task.bpmn");
    engine.deployProcess("one-service-task-revised.bpmn");

    // when
    ProcessInstanceEvent instance =
        engine
            .client()
            .newCreateInstanceCommand()
            .processDefinitionKey(first.getProcessDefinitionKey())
            .variables(variables("jobType", jobType))
            .send()
            .join();

    // then
    assertThat(instance.getBpmnProcessId()).isEqualTo("one-service-task");
    assertThat(instance.getVersion()).isEqualTo(1);
    assertThat(instance.getProcessDefinitionKey()).isEqualTo(first.getProcessDefinitionKey());
  }

  @Test
  void shouldHandTheStartVariablesToTheFirstJob() {
    // given
    engine.deployProcess("one-service-task.bpmn");

    // when
    engine.createInstance(
        "one-service-task", variables("jobType", jobType, "alertId", "ALERT-7", "hosts", 3));

    // then
    assertThat(engine.awaitJob(jobType).getVariablesAsMap())
        .containsEntry("alertId", "ALERT-7")
        .containsEntry("hosts", 3);
  }

  @Test
  void shouldGiveEveryInstanceItsOwnKey() {
    // given
    engine.deployProcess("one-service-task.bpmn");

    // when
    ProcessInstanceEvent first =
        engine.createInstance("one-service-task", variables("jobType", jobType));
    ProcessInstanceEvent second =
        engine.createInstance("one-service-task", variables("jobType", jobType));

    // then
    assertThat(second.getProcessInstanceKey()).isNotEqualTo(first.getProcessInstanceKey());
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
                .send()
                .join());
  }

  @Test
  void shouldRejectAnUnknownVersionWithNotFound() {
    // given
    engine.deployProcess("one-service-task.bpmn");

    // when / then
    assertRejected(
        Status.Code.NOT_FOUND,
        () ->
            engine
                .client()
                .newCreateInstanceCommand()
                .bpmnProcessId("one-service-task")
                .version(7)
                .send()
                .join());
  }

  @Test
  void shouldRejectAnUnknownProcessDefinitionKeyWithNotFound() {
    // given
    Process deployed = engine.deployProcess("one-service-task.bpmn");

    // when / then
    assertRejected(
        Status.Code.NOT_FOUND,
        () ->
            engine
                .client()
                .newCreateInstanceCommand()
                .processDefinitionKey(deployed.getProcessDefinitionKey() + 1_000_000)
                .send()
                .join());
  }

  @Test
  void shouldRejectVariablesThatAreNotAJsonObject() {
    // given
    engine.deployProcess("one-service-task.bpmn");

    // when / then
    assertRejected(
        Status.Code.INVALID_ARGUMENT,
        () ->
            engine
                .client()
                .newCreateInstanceCommand()
                .bpmnProcessId("one-service-task")
                .latestVersion()
                .variables("[\"not\", \"an\", \"object\"]")
                .send()
                .join());
  }
}
