package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import io.irplaybook.engine.testing.EngineHarness;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * incident-response picks the tier's playbook with select-playbook: by size, or by a recorded
 * override.
 */
class TierSelectionTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private PlaybookDriver driver;

  @BeforeEach
  void deployThePlaybooks() {
    driver = new PlaybookDriver(engine);
  }

  @AfterEach
  void stopTheWorkers() {
    driver.close();
  }

  @ParameterizedTest(name = "{0} employees -> {1}")
  @CsvSource({
    "1, small, fewer than 50 employees",
    "49, small, fewer than 50 employees",
    "50, mid, 50 to 499 employees",
    "499, mid, 50 to 499 employees",
    "500, large, 500 or more employees",
    "5000, large, 500 or more employees"
  })
  void shouldRunTheTiersPlaybookForTheNumberOfEmployees(int employees, String tier, String rule) {
    // given
    driver.declare(PlaybookDriver.incident(employees));

    // when the first human step of the chosen playbook is served
    StepTask first = driver.awaitSteps("identify-assets", 1).get(0);

    // then
    assertThat(first.getBpmnProcessId()).isEqualTo("playbook-" + tier);
    assertThat(first.getVariablesAsMap().get("tierDecision"))
        .isEqualTo(Map.of("tier", tier, "playbook", "playbook-" + tier, "rule", rule));
  }

  @Test
  void shouldLetAnOverrideWinOverTheSizeRuleAndKeepItsReason() {
    // given 5,000 staff, but the incident commander chose the small playbook
    Map<String, Object> incident = PlaybookDriver.incident(5000);
    incident.put("tierOverride", "small");
    incident.put("tierOverrideReason", "Only one branch office with its own firewall is affected");
    driver.declare(incident);

    // when
    StepTask first = driver.awaitSteps("identify-assets", 1).get(0);

    // then
    assertThat(first.getBpmnProcessId()).isEqualTo("playbook-small");
    assertThat(first.getVariablesAsMap())
        .containsEntry(
            "tierDecision",
            Map.of("tier", "small", "playbook", "playbook-small", "rule", "override"))
        .containsEntry(
            "tierOverrideReason", "Only one branch office with its own firewall is affected");
  }

  @Test
  void shouldAskTheIncidentCommanderForTheReasonBeforeApplyingAnOverrideWithoutOne() {
    // given
    Map<String, Object> incident = PlaybookDriver.incident(20);
    incident.put("tierOverride", "large");
    driver.answering(
        "record-override-reason", Map.of("tierOverrideReason", "Regulated data across 12 sites"));
    driver.declare(incident);

    // when
    StepTask reason = driver.awaitSteps(job -> true, 1).get(0);
    driver.complete(reason);
    StepTask first = driver.awaitSteps("identify-assets", 1).get(0);

    // then
    assertThat(reason.getElementId()).isEqualTo("record-override-reason");
    assertThat(HumanStep.of(reason).candidateGroups()).containsExactly("incident-commander");
    assertThat(first.getBpmnProcessId()).isEqualTo("playbook-large");
    assertThat(first.getVariablesAsMap())
        .containsEntry("tierOverrideReason", "Regulated data across 12 sites");
  }

  @Test
  void shouldAnswerTheDecisionThroughTheClientWithTierPlaybookAndRule() throws Exception {
    // given
    Map<String, Object> incident =
        Map.of("employees", 120, "scenario", "cloud-config-backup-exposure");

    // when
    EvaluateDecisionResponse response =
        engine
            .client()
            .newEvaluateDecisionCommand()
            .decisionId("select-playbook")
            .variables(incident)
            .send()
            .join();

    // then
    assertThat(new ObjectMapper().readValue(response.getDecisionOutput(), Map.class))
        .isEqualTo(
            Map.of("tier", "mid", "playbook", "playbook-mid", "rule", "50 to 499 employees"));
  }
}
