package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.irplaybook.engine.testing.EngineHarness;
import io.irplaybook.engine.testing.EngineHarness.Incident;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Business rule tasks: a called decision's result, output mappings, incidents and their resolution.
 */
class BusinessRuleTaskTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @Test
  void shouldSetTheDecisionResultAsTheResultVariable() {
    // given
    engine.deploy("business-rule-task-select-playbook.bpmn", "select-playbook-fixture.dmn");

    // when
    engine.createInstance(
        "business-rule-task-select-playbook",
        variables(
            "jobType", jobType, "employees", 20, "tierOverride", null, "scenario", "ransomware"));

    // then
    ActivatedJob next = engine.awaitJob(jobType);
    assertThat(next.getVariablesAsMap().get("selection"))
        .isEqualTo(Map.of("playbookProcessId", "playbook-ransomware", "tier", "small"));
  }

  @Test
  void shouldEvaluateTheLatestVersionOfTheDecision() {
    // given: the revision moves "large" from 500 to 1000 employees
    engine.deploy("business-rule-task-select-playbook.bpmn", "select-playbook-fixture.dmn");
    engine.deploy("select-playbook-fixture-revised.dmn");

    // when
    engine.createInstance(
        "business-rule-task-select-playbook",
        variables("jobType", jobType, "employees", 700, "tierOverride", null, "scenario", "ddos"));

    // then
    assertThat(engine.awaitJob(jobType).getVariablesAsMap().get("selection"))
        .isEqualTo(Map.of("playbookProcessId", "playbook-ddos", "tier", "mid"));
  }

  @Test
  void shouldApplyOutputMappingsInsteadOfMergingTheResultVariable() {
    // given
    engine.deploy("business-rule-task-with-feel-decision-id.bpmn", "select-playbook-fixture.dmn");

    // when
    engine.createInstance(
        "business-rule-task-with-feel-decision-id",
        variables(
            "jobType",
            jobType,
            "decisionToCall",
            "select-playbook",
            "employees",
            800,
            "tierOverride",
            null,
            "scenario",
            "leak"));

    // then
    Map<String, Object> visible = engine.awaitJob(jobType).getVariablesAsMap();
    assertThat(visible).containsEntry("tier", "large").doesNotContainKey("selection");
  }

  @Test
  void shouldRaiseAnIncidentForAnUnknownDecisionAndContinueOnceItIsDeployed() {
    // given
    engine.deploy("business-rule-task-with-feel-decision-id.bpmn");
    long instanceKey =
        engine
            .createInstance(
                "business-rule-task-with-feel-decision-id",
                variables(
                    "jobType",
                    jobType,
                    "decisionToCall",
                    "select-playbook",
                    "employees",
                    5,
                    "tierOverride",
                    null,
                    "scenario",
                    "leak"))
            .getProcessInstanceKey();
    Incident incident = engine.awaitIncident(instanceKey);
    assertThat(incident.errorType()).isEqualTo("CALLED_DECISION_ERROR");
    assertThat(incident.elementId()).isEqualTo("select-tier");
    assertThat(incident.errorMessage()).contains("no decision found for id 'select-playbook'");
    engine.assertNoActivatableJob(jobType);

    // when
    engine.deploy("select-playbook-fixture.dmn");
    engine.client().newResolveIncidentCommand(incident.key()).send().join();

    // then
    assertThat(engine.awaitJob(jobType).getVariablesAsMap()).containsEntry("tier", "small");
  }

  @Test
  void shouldRaiseAnIncidentWhenEvaluationFailsAndContinueOnceTheVariablesAreFixed() {
    // given: 4 findings match both rules of a UNIQUE table
    engine.deploy("business-rule-task-risk-score.bpmn", "risk-score-with-overlapping-rules.dmn");
    long instanceKey =
        engine
            .createInstance(
                "business-rule-task-risk-score", variables("jobType", jobType, "findings", 4))
            .getProcessInstanceKey();
    Incident incident = engine.awaitIncident(instanceKey);
    assertThat(incident.errorType()).isEqualTo("DECISION_EVALUATION_ERROR");
    assertThat(incident.errorMessage())
        .startsWith("Expected to evaluate decision 'risk-score', but");

    // when
    engine
        .client()
        .newSetVariablesCommand(instanceKey)
        .variables(variables("findings", 1))
        .send()
        .join();
    engine.client().newResolveIncidentCommand(incident.key()).send().join();

    // then
    assertThat(engine.awaitJob(jobType).getVariablesAsMap()).containsEntry("score", "low");
  }

  @Test
  void shouldCreateAJobWhenTheTaskHasAJobWorkerImplementation() {
    // given
    engine.deployProcess("business-rule-task-job-worker.bpmn");

    // when
    engine.createInstance("business-rule-task-job-worker", variables("jobType", jobType));

    // then
    ActivatedJob job = engine.awaitJob(jobType);
    assertThat(job.getElementId()).isEqualTo("score-externally");
    engine.client().newCompleteCommand(job.getKey()).send().join();
  }
}
