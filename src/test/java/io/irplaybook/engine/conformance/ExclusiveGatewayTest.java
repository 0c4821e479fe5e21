package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.engine.testing.EngineHarness;
import io.irplaybook.engine.testing.EngineHarness.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Exclusive gateway: FEEL conditions in order, the default flow, an incident when nothing holds.
 */
class ExclusiveGatewayTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @Test
  void shouldTakeTheFlowWhoseConditionHolds() {
    // given
    engine.deployProcess("exclusive-gateway-with-default.bpmn");

    // when
    engine.createInstance(
        "exclusive-gateway-with-default", variables("jobType", jobType, "severity", "high"));

    // then
    assertThat(engine.awaitJob(jobType).getElementId()).isEqualTo("escalate");
    engine.assertNoActivatableJob(jobType);
  }

  @Test
  void shouldTakeALaterFlowWhenOnlyItsConditionHolds() {
    // given
    engine.deployProcess("exclusive-gateway-with-default.bpmn");

    // when
    engine.createInstance(
        "exclusive-gateway-with-default", variables("jobType", jobType, "severity", "medium"));

    // then
    assertThat(engine.awaitJob(jobType).getElementId()).isEqualTo("review");
    engine.assertNoActivatableJob(jobType);
  }

  @Test
  void shouldTakeTheDefaultFlowWhenNoConditionHolds() {
    // given
    engine.deployProcess("exclusive-gateway-with-default.bpmn");

    // when
    engine.createInstance(
        "exclusive-gateway-with-default", variables("jobType", jobType, "severity", "low"));

    // then
    assertThat(engine.awaitJob(jobType).getElementId()).isEqualTo("triage");
    engine.assertNoActivatableJob(jobType);
  }

  @Test
  void shouldTakeTheDefaultFlowWhenTheConditionVariableIsMissing() {
    // given
    engine.deployProcess("exclusive-gateway-with-default.bpmn");

    // when
    engine.createInstance("exclusive-gateway-with-default", variables("jobType", jobType));

    // then
    assertThat(engine.awaitJob(jobType).getElementId()).isEqualTo("triage");
  }

  @Test
  void shouldRaiseAnIncidentWhenNoConditionHoldsAndThereIsNoDefaultFlow() {
    // given
    engine.deployProcess("exclusive-gateway-without-default.bpmn");

    // when
    long instanceKey =
        engine
            .createInstance(
                "exclusive-gateway-without-default",
                variables("jobType", jobType, "severity", "low"))
            .getProcessInstanceKey();

    // then
    Incident incident = engine.awaitIncident(instanceKey);
    assertThat(incident.errorType()).isEqualTo("CONDITION_ERROR");
    assertThat(incident.elementId()).isEqualTo("route-by-severity");
    assertThat(incident.errorMessage()).isNotBlank();
    engine.assertNoActivatableJob(jobType);
  }
}
