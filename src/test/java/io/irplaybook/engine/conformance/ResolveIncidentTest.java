package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import io.irplaybook.engine.testing.EngineHarness.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ResolveIncident: after the cause is fixed, resolving lets the instance carry on.
 *
 * <p>Incident keys come from {@link EngineHarness#openIncidents(long)}, which reads the engine's
 * event log: the gateway API has no query RPC to learn them.
 */
class ResolveIncidentTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @Test
  void shouldContinueAtTheGatewayWhenTheVariablesAreFixedAndTheIncidentIsResolved() {
    // given: no condition holds for "low" and there is no default flow
    engine.deployProcess("exclusive-gateway-without-default.bpmn");
    long instanceKey =
        engine
            .createInstance(
                "exclusive-gateway-without-default",
                variables("jobType", jobType, "severity", "low"))
            .getProcessInstanceKey();
    Incident incident = engine.awaitIncident(instanceKey);
    assertThat(incident.errorType()).isEqualTo("CONDITION_ERROR");
    assertThat(incident.elementId()).isEqualTo("route-by-severity");

    // when
    engine
        .client()
        .newSetVariablesCommand(instanceKey)
        .variables(variables("severity", "medium"))
        .send()
        .join();
    engine.client().newResolveIncidentCommand(incident.key()).send().join();

    // then
    ActivatedJob job = engine.awaitJob(jobType);
    assertThat(job.getElementId()).isEqualTo("review");
    assertThat(job.getProcessInstanceKey()).isEqualTo(instanceKey);
    assertThat(engine.openIncidents(instanceKey)).isEmpty();
  }

  @Test
  void shouldRaiseANewIncidentWhenResolvedWithoutFixingTheCause() {
    // given
    engine.deployProcess("exclusive-gateway-without-default.bpmn");
    long instanceKey =
        engine
            .createInstance(
                "exclusive-gateway-without-default",
                variables("jobType", jobType, "severity", "low"))
            .getProcessInstanceKey();
    Incident first = engine.awaitIncident(instanceKey);

    // when
    engine.client().newResolveIncidentCommand(first.key()).send().join();

    // then
    Incident second = engine.awaitIncident(instanceKey);
    assertThat(second.key()).isNotEqualTo(first.key());
    assertThat(second.elementId()).isEqualTo("route-by-severity");
    engine.assertNoActivatableJob(jobType);
  }

  @Test
  void shouldOfferTheJobAgainWhenItsRetriesAreUpdatedAndTheIncidentIsResolved() {
    // given
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
        .errorMessage("no credentials")
        .send()
        .join();
    Incident incident = engine.awaitIncident(instanceKey);

    // when
    engine.client().newUpdateRetriesCommand(job.getKey()).retries(2).send().join();
    engine.client().newResolveIncidentCommand(incident.key()).send().join();

    // then
    ActivatedJob again = engine.awaitJob(jobType);
    assertThat(again.getKey()).isEqualTo(job.getKey());
    assertThat(again.getRetries()).isEqualTo(2);
  }

  @Test
  void shouldAnswerNotFoundWhenAnIncidentIsResolvedTwice() {
    // given
    engine.deployProcess("exclusive-gateway-without-default.bpmn");
    long instanceKey =
        engine
            .createInstance(
                "exclusive-gateway-without-default",
                variables("jobType", jobType, "severity", "low"))
            .getProcessInstanceKey();
    Incident incident = engine.awaitIncident(instanceKey);
    engine
        .client()
        .newSetVariablesCommand(instanceKey)
        .variables(variables("severity", "high"))
        .send()
        .join();
    engine.client().newResolveIncidentCommand(incident.key()).send().join();

    // when / then
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newResolveIncidentCommand(incident.key()).send().join());
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownIncidentKey() {
    // when / then
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newResolveIncidentCommand(2251799813685900L).send().join());
  }
}
