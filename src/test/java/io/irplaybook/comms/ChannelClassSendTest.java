package io.irplaybook.comms;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.builder.ServiceTaskBuilder;
import io.irplaybook.audit.AuditRecord;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.notify.Notification;
import io.irplaybook.notify.NotifyPeers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A send step's {@code channel-class} header decides which of the incident's channels its drafts
 * reach. NotifyPeers configures {@code hook} (webhook) and {@code slack} as internal (the default)
 * and {@code mail} as a customer channel.
 */
@QuarkusTest
@QuarkusTestResource(value = NotifyPeers.class, restrictToAnnotatedClass = true)
class ChannelClassSendTest {

  @Inject CamundaClient client;
  @Inject CommsDrafts drafts;
  @Inject AuditTrail audit;

  @Test
  void shouldSendACustomerStepOnlyToTheCustomerChannelAndRecordTheOthersAsWithheld() {
    String incidentId = run(t -> t.zeebeTaskHeader("channel-class", "customer"), "hook", "mail");

    assertThat(channelsQueuedFor(incidentId)).containsOnly("mail");
    assertThat(drafts.forIncident(incidentId)).allSatisfy(d -> assertThat(d.sentAt()).isNotNull());
    assertThat(actions(incidentId, "comms.withheld"))
        .singleElement()
        .satisfies(
            r -> assertThat(r.event().details().get("reason").toString()).contains("[hook]"));
  }

  @Test
  void shouldKeepAnInternalStepOffTheCustomerChannel() {
    String incidentId = run(t -> t.zeebeTaskHeader("channel-class", "internal"), "hook", "mail");

    assertThat(channelsQueuedFor(incidentId)).containsOnly("hook");
  }

  @Test
  void shouldSendNothingAndLeaveTheDraftUnsentWhenNoChannelHasTheStepsClass() {
    String incidentId = run(t -> t.zeebeTaskHeader("channel-class", "peer"), "hook", "mail");

    assertThat(channelsQueuedFor(incidentId)).isEmpty();
    assertThat(drafts.forIncident(incidentId)).allSatisfy(d -> assertThat(d.sentAt()).isNull());
    assertThat(actions(incidentId, "comms.withheld"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.event().details().get("reason").toString())
                    .contains("[hook, mail]")
                    .contains("'peer'"));
  }

  @Test
  void shouldFailTheJobWhenTheChannelHeaderNamesAChannelOfAnotherClass() {
    String incidentId =
        run(
            t -> t.zeebeTaskHeader("channel-class", "internal").zeebeTaskHeader("channel", "mail"),
            "hook");

    assertThat(awaitRefusal(incidentId)).contains("[mail]").contains("class 'internal'");
    assertThat(channelsQueuedFor(incidentId)).isEmpty();
  }

  @Test
  void shouldFailTheJobWhenTheClassIsUnknown() {
    String incidentId = run(t -> t.zeebeTaskHeader("channel-class", "everyone"), "hook");

    assertThat(awaitRefusal(incidentId))
        .contains("internal, customer, regulator, peer")
        .contains("'everyone'");
    assertThat(channelsQueuedFor(incidentId)).isEmpty();
  }

  /**
   * Renders an executive brief, approves it as a stand-in for the approval step and runs a send
   * step configured by {@code sendStep}, for an incident whose channels are {@code channels}.
   * Returns the incident id once the send job has completed or been refused.
   */
  private String run(Consumer<ServiceTaskBuilder> sendStep, String... channels) {
    String processId = "channel-class-" + UUID.randomUUID();
    String awaitType = "test.await-" + UUID.randomUUID();
    var model =
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .serviceTask(
                "render",
                t -> t.zeebeJobType("comms.render").zeebeTaskHeader("templates", "executive-brief"))
            .serviceTask("approve", t -> t.zeebeJobType(awaitType))
            .serviceTask(
                "send",
                t -> {
                  t.zeebeJobType("notify.send");
                  sendStep.accept(t);
                })
            .endEvent()
            .done();
    client.newDeployResourceCommand().addProcessModel(model, processId + ".bpmn").send().join();
    String incidentId = "INC-CLASS-" + UUID.randomUUID();
    client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(
            Map.of(
                "incidentId", incidentId,
                "title", "Cloud backup exposure",
                "severity", "high",
                "locale", "en",
                "notifyChannels", List.of(channels)))
        .send()
        .join();
    ActivatedJob approval = awaitJob(awaitType);
    List<?> ids = (List<?>) approval.getVariablesAsMap().get("commsDrafts");
    ids.forEach(id -> drafts.approve(((Number) id).longValue(), "carol"));
    client.newCompleteCommand(approval).send().join();
    awaitAudit(incidentId, "comms.sent", "notify.send-refused", "comms.withheld");
    return incidentId;
  }

  private List<String> channelsQueuedFor(String incidentId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Notification.<Notification>list("incidentId", incidentId).stream()
                    .map(n -> n.channel)
                    .toList());
  }

  private List<AuditRecord> actions(String incidentId, String action) {
    return audit.forIncident(incidentId, 100).stream()
        .filter(r -> r.event().action().equals(action))
        .toList();
  }

  private String awaitRefusal(String incidentId) {
    awaitAudit(incidentId, "notify.send-refused");
    return actions(incidentId, "notify.send-refused")
        .get(0)
        .event()
        .details()
        .get("reason")
        .toString();
  }

  private void awaitAudit(String incidentId, String... anyOf) {
    List<String> wanted = List.of(anyOf);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (audit.forIncident(incidentId, 100).stream()
          .anyMatch(r -> wanted.contains(r.event().action()))) {
        return;
      }
      client.newTopologyRequest().send().join(); // a round trip to the engine instead of a sleep
    }
    throw new AssertionError("Expected one of " + wanted + " in the audit trail of " + incidentId);
  }

  private ActivatedJob awaitJob(String type) {
    for (int i = 0; i < 6; i++) {
      List<ActivatedJob> jobs =
          client
              .newActivateJobsCommand()
              .jobType(type)
              .maxJobsToActivate(1)
              .requestTimeout(Duration.ofSeconds(5))
              .send()
              .join()
              .getJobs();
      if (!jobs.isEmpty()) {
        return jobs.get(0);
      }
    }
    throw new AssertionError("Expected a job of type " + type + ", but none became activatable");
  }
}
