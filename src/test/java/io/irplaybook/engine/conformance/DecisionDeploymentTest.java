package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static io.irplaybook.engine.testing.Rejections.description;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.Decision;
import io.camunda.client.api.response.DecisionRequirements;
import io.camunda.client.api.response.DeploymentEvent;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DeployResource with DMN: graphs and decisions, versions per id, idempotence, all-or-nothing. */
class DecisionDeploymentTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  @Test
  void shouldDeployADecisionRequirementsGraphAndItsDecisionAsVersionOne() {
    // when
    DeploymentEvent deployment = engine.deploy("select-playbook-fixture.dmn");

    // then
    assertThat(deployment.getProcesses()).isEmpty();
    assertThat(deployment.getDecisionRequirements()).hasSize(1);
    DecisionRequirements drg = deployment.getDecisionRequirements().get(0);
    assertThat(drg.getDmnDecisionRequirementsId()).isEqualTo("select-playbook-drg");
    assertThat(drg.getDmnDecisionRequirementsName()).isEqualTo("Select playbook");
    assertThat(drg.getVersion()).isEqualTo(1);
    assertThat(drg.getResourceName()).isEqualTo("bpmn/select-playbook-fixture.dmn");
    assertThat(deployment.getDecisions()).hasSize(1);
    Decision decision = deployment.getDecisions().get(0);
    assertThat(decision.getDmnDecisionId()).isEqualTo("select-playbook");
    assertThat(decision.getVersion()).isEqualTo(1);
    assertThat(decision.getDecisionKey()).isPositive();
    assertThat(decision.getDecisionRequirementsKey()).isEqualTo(drg.getDecisionRequirementsKey());
    assertThat(decision.getDmnDecisionRequirementsId()).isEqualTo("select-playbook-drg");
  }

  @Test
  void shouldKeepTheVersionsWhenIdenticalDmnIsDeployedAgain() {
    // given
    Decision first = engine.deploy("select-playbook-fixture.dmn").getDecisions().get(0);

    // when
    DeploymentEvent again = engine.deploy("select-playbook-fixture.dmn");

    // then
    assertThat(again.getDecisions())
        .extracting(Decision::getVersion, Decision::getDecisionKey)
        .containsExactly(Tuple.tuple(1, first.getDecisionKey()));
    assertThat(again.getDecisionRequirements().get(0).getVersion()).isEqualTo(1);
  }

  @Test
  void shouldCreateNewVersionsOfGraphAndDecisionWhenTheContentChanges() {
    // given
    Decision first = engine.deploy("select-playbook-fixture.dmn").getDecisions().get(0);

    // when
    DeploymentEvent revised = engine.deploy("select-playbook-fixture-revised.dmn");

    // then
    assertThat(revised.getDecisionRequirements().get(0).getVersion()).isEqualTo(2);
    Decision decision = revised.getDecisions().get(0);
    assertThat(decision.getVersion()).isEqualTo(2);
    assertThat(decision.getDecisionKey()).isNotEqualTo(first.getDecisionKey());
  }

  @Test
  void shouldDeployProcessesAndDecisionsTogether() {
    // when
    DeploymentEvent deployment =
        engine.deploy("business-rule-task-select-playbook.bpmn", "select-playbook-fixture.dmn");

    // then
    assertThat(deployment.getProcesses())
        .extracting(p -> p.getBpmnProcessId())
        .containsExactly("business-rule-task-select-playbook");
    assertThat(deployment.getDecisions())
        .extracting(Decision::getDmnDecisionId)
        .containsExactly("select-playbook");
  }

  @Test
  void shouldRejectInvalidDmnNamingTheResourceAndTheProblem() {
    // when
    ClientStatusException rejection =
        assertRejected(
            Status.Code.INVALID_ARGUMENT,
            () -> engine.deploy("select-playbook-with-unparsable-rule.dmn"));

    // then
    assertThat(description(rejection))
        .contains("select-playbook-with-unparsable-rule.dmn")
        .contains("< < 50");
  }

  @Test
  void shouldDeployNothingWhenOneResourceOfAMixedDeploymentIsInvalid() {
    // when
    assertRejected(
        Status.Code.INVALID_ARGUMENT,
        () -> engine.deploy("select-playbook-fixture.dmn", "unsupported-element.bpmn"));

    // then: the valid DMN was not deployed either
    assertRejected(
        Status.Code.NOT_FOUND,
        () ->
            engine
                .client()
                .newEvaluateDecisionCommand()
                .decisionId("select-playbook")
                .send()
                .join());
  }

  @Test
  void shouldKeepDeployedDecisionsAcrossARestart() {
    // given
    Decision deployed = engine.deploy("select-playbook-fixture.dmn").getDecisions().get(0);

    // when
    engine.crashAndRestart();

    // then: the decision is still there, and deploying it again is still idempotent
    var response =
        engine
            .client()
            .newEvaluateDecisionCommand()
            .decisionId("select-playbook")
            .variables(
                EngineHarness.variables("employees", 900, "tierOverride", null, "scenario", "ddos"))
            .send()
            .join();
    assertThat(response.getDecisionKey()).isEqualTo(deployed.getDecisionKey());
    assertThat(response.getDecisionOutput()).contains("\"tier\":\"large\"");
    assertThat(engine.deploy("select-playbook-fixture.dmn").getDecisions().get(0).getVersion())
        .isEqualTo(1);
  }
}
