package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.irplaybook.engine.testing.EngineHarness;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * zeebe:ioMapping: FEEL input mappings create task-local variables, output mappings choose what
 * leaves.
 */
class IoMappingTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();
  private final Map<String, Object> alert = variables("host", "web-01", "failedLogins", 7);

  @BeforeEach
  void deploy() {
    engine.deployProcess("io-mappings.bpmn");
  }

  @Test
  void shouldHandTheJobTheInputMappedVariables() {
    // when
    engine.createInstance("io-mappings", variables("jobType", jobType, "alert", alert));

    // then
    assertThat(engine.awaitJob(jobType).getVariablesAsMap())
        .containsEntry("hostName", "web-01")
        .containsEntry("weightedLogins", 14)
        .containsEntry("alert", alert);
  }

  @Test
  void shouldPropagateOnlyTheOutputMappedVariablesToTheProcess() {
    // given
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult(
            "io-mappings", variables("jobType", jobType, "alert", alert));
    ActivatedJob job = engine.awaitJob(jobType);

    // when
    engine.client().newCompleteCommand(job.getKey()).variables(variables("score", 4)).send().join();

    // then
    assertThat(result.join().getVariablesAsMap())
        .containsEntry("riskScore", 40)
        .containsEntry("summary", "web-01 scored")
        .containsEntry("alert", alert)
        .doesNotContainKeys("score", "hostName", "weightedLogins");
  }
}
