package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Message start events: a published message starts an instance, once per active correlation key.
 */
class MessageStartEventTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @BeforeEach
  void deploy() {
    engine.deployProcess("message-start-event.bpmn");
  }

  private void publish(String correlationKey, String caseId) {
    engine
        .client()
        .newPublishMessageCommand()
        .messageName("incident-reported")
        .correlationKey(correlationKey)
        .variables(variables("jobType", jobType, "caseId", caseId))
        .send()
        .join();
  }

  @Test
  void shouldStartAnInstanceWithTheMessageVariables() {
    // when
    publish("", "CASE-1");

    // then
    ActivatedJob job = engine.awaitJob(jobType);
    assertThat(job.getElementId()).isEqualTo("triage");
    assertThat(job.getVariablesAsMap()).containsEntry("caseId", "CASE-1");
  }

  @Test
  void shouldNotStartASecondInstanceForACorrelationKeyWhileTheFirstIsActive() {
    // given
    publish("host-1", "CASE-2");
    ActivatedJob first = engine.awaitJob(jobType);

    // when
    publish("host-1", "CASE-3");

    // then: no second instance; once the first has ended the key starts one again
    engine.assertNoActivatableJob(jobType);
    engine.client().newCompleteCommand(first.getKey()).send().join();
    publish("host-1", "CASE-4");
    assertThat(engine.awaitJob(jobType).getVariablesAsMap()).containsEntry("caseId", "CASE-4");
  }

  @Test
  void shouldStartInstancesForDifferentCorrelationKeys() {
    // when
    publish("host-1", "CASE-5");
    publish("host-2", "CASE-6");

    // then
    assertThat(engine.awaitJobs(jobType, 2))
        .extracting(ActivatedJob::getProcessInstanceKey)
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldRejectCreatingAnInstanceOfAProcessThatOnlyStartsByMessage() {
    // when / then
    assertRejected(
        Status.Code.INVALID_ARGUMENT,
        () -> engine.createInstance("message-start-event", variables("jobType", jobType)));
  }
}
