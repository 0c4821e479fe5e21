package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static io.irplaybook.engine.testing.Rejections.description;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Process;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DeployResource: versioning, idempotence, and rejection of BPMN the engine cannot run. */
class DeployResourceTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  @Test
  void shouldDeployANewProcessAsVersionOne() {
    // when
    DeploymentEvent deployment = engine.deploy("one-service-task.bpmn");

    // then
    assertThat(deployment.getKey()).isPositive();
    assertThat(deployment.getProcesses()).hasSize(1);
    Process process = deployment.getProcesses().get(0);
    assertThat(process.getBpmnProcessId()).isEqualTo("one-service-task");
    assertThat(process.getVersion()).isEqualTo(1);
    assertThat(process.getProcessDefinitionKey()).isPositive();
    assertThat(process.getResourceName()).isEqualTo("bpmn/one-service-task.bpmn");
  }

  @Test
  void shouldCreateANewVersionWhenTheContentChanges() {
    // given
    Process first = engine.deployProcess("one-service-task.bpmn");

    // when
    Process revised = engine.deployProcess("one-service-task-revised.bpmn");

    // then
    assertThat(revised.getBpmnProcessId()).isEqualTo(first.getBpmnProcessId());
    assertThat(revised.getVersion()).isEqualTo(2);
    assertThat(revised.getProcessDefinitionKey()).isNotEqualTo(first.getProcessDefinitionKey());
  }

  @Test
  void shouldKeepTheVersionWhenIdenticalContentIsDeployedAgain() {
    // given
    Process first = engine.deployProcess("one-service-task.bpmn");

    // when
    Process again = engine.deployProcess("one-service-task.bpmn");

    // then
    assertThat(again.getVersion()).isEqualTo(1);
    assertThat(again.getProcessDefinitionKey()).isEqualTo(first.getProcessDefinitionKey());
  }

  @Test
  void shouldCreateANewVersionWhenEarlierContentIsDeployedAfterAChange() {
    // given
    engine.deployProcess("one-service-task.bpmn");
    engine.deployProcess("one-service-task-revised.bpmn");

    // when
    Process backToFirst = engine.deployProcess("one-service-task.bpmn");

    // then: only the latest version counts as "identical"
    assertThat(backToFirst.getVersion()).isEqualTo(3);
  }

  @Test
  void shouldDeploySeveralProcessesInOneDeployment() {
    // when
    DeploymentEvent deployment = engine.deploy("one-service-task.bpmn", "two-service-tasks.bpmn");

    // then
    assertThat(deployment.getProcesses())
        .extracting(Process::getBpmnProcessId)
        .containsExactlyInAnyOrder("one-service-task", "two-service-tasks");
  }

  @Test
  void shouldRejectAnUnsupportedElementNamingItsId() {
    // when
    ClientStatusException rejection =
        assertRejected(
            Status.Code.INVALID_ARGUMENT, () -> engine.deploy("unsupported-element.bpmn"));

    // then
    assertThat(description(rejection)).contains("wait-for-analyst");
  }

  @Test
  void shouldRejectAServiceTaskWithoutTaskDefinitionNamingItsId() {
    // when
    ClientStatusException rejection =
        assertRejected(
            Status.Code.INVALID_ARGUMENT,
            () -> engine.deploy("service-task-without-task-definition.bpmn"));

    // then
    assertThat(description(rejection)).contains("task-without-definition");
  }

  @Test
  void shouldRejectAnExclusiveGatewayFlowWithoutConditionNamingItsId() {
    // when
    ClientStatusException rejection =
        assertRejected(
            Status.Code.INVALID_ARGUMENT,
            () -> engine.deploy("exclusive-gateway-with-unconditioned-flow.bpmn"));

    // then
    assertThat(description(rejection)).contains("flow-without-condition");
  }

  @Test
  void shouldRejectAConditionThatIsNotValidFeelNamingTheSequenceFlow() {
    // when
    ClientStatusException rejection =
        assertRejected(
            Status.Code.INVALID_ARGUMENT,
            () -> engine.deploy("exclusive-gateway-with-unparsable-condition.bpmn"));

    // then
    assertThat(description(rejection)).contains("flow-with-broken-condition");
  }

  @Test
  void shouldRejectInvalidXmlNamingTheResource() {
    // when
    ClientStatusException rejection =
        assertRejected(Status.Code.INVALID_ARGUMENT, () -> engine.deploy("invalid-xml.bpmn"));

    // then
    assertThat(description(rejection)).contains("invalid-xml.bpmn");
  }

  @Test
  void shouldDeployNothingWhenOneResourceOfTheDeploymentIsInvalid() {
    // given
    assertRejected(
        Status.Code.INVALID_ARGUMENT,
        () -> engine.deploy("one-service-task.bpmn", "unsupported-element.bpmn"));

    // when / then: the valid process of the rejected deployment does not exist
    assertRejected(
        Status.Code.NOT_FOUND,
        () ->
            engine
                .client()
                .newCreateInstanceCommand()
                .bpmnProcessId("one-service-task")
                .latestVersion()
                .send()
                .join());
  }
}
