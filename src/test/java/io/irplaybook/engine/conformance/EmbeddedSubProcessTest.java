package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.irplaybook.engine.testing.EngineHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Embedded sub-process: its own variable scope, left through its output mapping. */
class EmbeddedSubProcessTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @BeforeEach
  void deploy() {
    engine.deployProcess("embedded-sub-process.bpmn");
  }

  @Test
  void shouldRunTheTasksInsideTheSubProcessWithItsLocalVariables() {
    // when
    engine.createInstance(
        "embedded-sub-process", variables("jobType", jobType, "caseId", "CASE-3"));

    // then
    ActivatedJob inner = engine.awaitJob(jobType);
    assertThat(inner.getElementId()).isEqualTo("gather-evidence");
    assertThat(inner.getVariablesAsMap())
        .containsEntry("finding", "pending")
        .containsEntry("attempt", 1);
  }

  @Test
  void shouldKeepLocalVariablesInsideAndHandOutOnlyTheOutputMapping() {
    // given
    engine.createInstance(
        "embedded-sub-process", variables("jobType", jobType, "caseId", "CASE-4"));
    ActivatedJob inner = engine.awaitJob(jobType);

    // when: "finding" exists in the sub-process scope, "evidenceCount" exists nowhere yet
    engine
        .client()
        .newCompleteCommand(inner.getKey())
        .variables(variables("finding", "credential theft", "evidenceCount", 3))
        .send()
        .join();

    // then
    ActivatedJob after = engine.awaitJob(jobType);
    assertThat(after.getElementId()).isEqualTo("close-case");
    assertThat(after.getVariablesAsMap())
        .containsEntry("investigationResult", "credential theft")
        .containsEntry("evidenceCount", 3)
        .containsEntry("caseId", "CASE-4")
        .doesNotContainKeys("finding", "attempt");
  }

  @Test
  void shouldCompleteTheProcessAfterTheSubProcessAndTheTaskAfterIt() {
    // given
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult("embedded-sub-process", variables("jobType", jobType));
    engine.client().newCompleteCommand(engine.awaitJob(jobType).getKey()).send().join();

    // when
    engine.client().newCompleteCommand(engine.awaitJob(jobType).getKey()).send().join();

    // then
    assertThat(result.join().getVariablesAsMap())
        .containsEntry("investigationResult", "pending")
        .doesNotContainKeys("finding", "attempt");
  }
}
