package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Message catch events, receive tasks and message boundary events, reached through PublishMessage.
 */
class MessageCorrelationTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();
  private final String escalationType = newJobType();
  private final String reminderType = newJobType();

  private void publish(String name, String correlationKey, Map<String, Object> variables) {
    engine
        .client()
        .newPublishMessageCommand()
        .messageName(name)
        .correlationKey(correlationKey)
        .variables(variables)
        .send()
        .join();
  }

  @Test
  void shouldContinueACatchEventWithTheMessageVariablesWhenItsCorrelationKeyMatches() {
    // given: the correlation key is the FEEL expression =hostId
    engine.deployProcess("message-catch-event.bpmn");
    long instanceKey =
        engine
            .createInstance(
                "message-catch-event", variables("jobType", jobType, "hostId", "web-01"))
            .getProcessInstanceKey();

    // when
    publish("host-isolated", "web-02", variables("isolatedBy", "edr"));
    engine.assertNoActivatableJob(jobType);
    publish("host-isolated", "web-01", variables("isolatedBy", "edr"));

    // then
    ActivatedJob job = engine.awaitJob(jobType);
    assertThat(job.getProcessInstanceKey()).isEqualTo(instanceKey);
    assertThat(job.getVariablesAsMap()).containsEntry("isolatedBy", "edr");
  }

  @Test
  void shouldReachEveryInstanceWaitingWithTheCorrelationKey() {
    // given
    engine.deployProcess("message-catch-event.bpmn");
    engine.createInstance("message-catch-event", variables("jobType", jobType, "hostId", "web-01"));
    engine.createInstance("message-catch-event", variables("jobType", jobType, "hostId", "web-01"));

    // when
    publish("host-isolated", "web-01", Map.of());

    // then
    assertThat(engine.awaitJobs(jobType, 2))
        .extracting(ActivatedJob::getProcessInstanceKey)
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldCorrelateOneMessageToOneSubscriptionOfAnInstance() {
    // given: two catch events in a row wait for the same message
    engine.deployProcess("message-catch-twice.bpmn");
    engine.createInstance("message-catch-twice", variables("jobType", jobType, "hostId", "db-01"));

    // when
    publish("agent-heartbeat", "db-01", Map.of());

    // then: the first one took it; the second needs a message of its own
    engine.assertNoActivatableJob(jobType);
    publish("agent-heartbeat", "db-01", Map.of());
    assertThat(engine.awaitJob(jobType).getElementId()).isEqualTo("verify");
  }

  @Test
  void shouldCompleteAReceiveTaskAndApplyItsOutputMappings() {
    // given
    engine.deployProcess("receive-task.bpmn");
    engine.createInstance("receive-task", variables("jobType", jobType, "ticketId", 4711));

    // when: a numeric correlation key matches by its text
    publish("vendor-confirmed", "4711", variables("confirmation", Map.of("reference", "VND-9")));

    // then: only the mapped variable leaves the task
    Map<String, Object> variables = engine.awaitJob(jobType).getVariablesAsMap();
    assertThat(variables)
        .containsEntry("vendorReference", "VND-9")
        .doesNotContainKey("confirmation");
  }

  @Test
  void shouldCancelTheActivityWhenAnInterruptingMessageBoundaryEventIsReached() {
    // given
    engine.deployProcess("message-boundary-interrupting.bpmn");
    engine.createInstance(
        "message-boundary-interrupting",
        variables("jobType", jobType, "escalationType", escalationType, "caseId", "CASE-5"));
    ActivatedJob task = engine.awaitJob(jobType);

    // when
    publish("analyst-takeover", "CASE-5", variables("analyst", "dana"));

    // then
    ActivatedJob escalation = engine.awaitJob(escalationType);
    assertThat(escalation.getVariablesAsMap()).containsEntry("analyst", "dana");
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newCompleteCommand(task.getKey()).send().join());
  }

  @Test
  void shouldKeepTheActivityAndTriggerAgainOnANonInterruptingMessageBoundaryEvent() {
    // given
    engine.deployProcess("message-boundary-non-interrupting.bpmn");
    engine.createInstance(
        "message-boundary-non-interrupting",
        variables("jobType", jobType, "reminderType", reminderType, "caseId", "CASE-6"));
    ActivatedJob task = engine.awaitJob(jobType);

    // when
    publish("status-requested", "CASE-6", Map.of());
    publish("status-requested", "CASE-6", Map.of());

    // then
    engine.awaitJobs(reminderType, 2);
    engine.client().newCompleteCommand(task.getKey()).send().join();
    publish("status-requested", "CASE-6", Map.of());
    engine.assertNoActivatableJob(reminderType);
  }

  @Test
  void shouldStillCorrelateToASubscriptionOpenedBeforeACrash() {
    // given
    engine.deployProcess("message-catch-event.bpmn");
    engine.createInstance("message-catch-event", variables("jobType", jobType, "hostId", "web-07"));
    engine.crashAndRestart();

    // when
    publish("host-isolated", "web-07", Map.of());

    // then
    assertThat(engine.awaitJob(jobType).getElementId()).isEqualTo("verify");
  }
}
