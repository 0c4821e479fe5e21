package io.irplaybook.comms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.comms.service.DraftRenderer;
import io.irplaybook.comms.service.DraftSender;
import io.irplaybook.comms.service.IncidentFacts;
import io.irplaybook.notify.Notification;
import io.irplaybook.notify.NotifyPeers;
import io.irplaybook.notify.service.OutboxDispatcher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * comms.render and notify.send as a playbook calls them, through the Camunda client and the engine.
 */
@QuarkusTest
@QuarkusTestResource(value = NotifyPeers.class, restrictToAnnotatedClass = true)
class CommsFlowTest {

  /**
   * Keys unique to this run, so a second run against a kept PostgreSQL database finds none of the
   * first's drafts.
   */
  private static final long RUN = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50) * 100;

  @Inject CamundaClient client;
  @Inject CommsDrafts drafts;
  @Inject DraftRenderer renderer;
  @Inject DraftSender sender;
  @Inject OutboxDispatcher dispatcher;
  @Inject AuditTrail audit;

  private static Map<String, Object> incident(String id) {
    return Map.of(
        "incidentId",
        id,
        "title",
        "Cloud backup exposure",
        "severity",
        "high",
        "locale",
        "ja",
        "notifyChannels",
        List.of("hook"));
  }

  @Test
  void shouldRenderDraftsThenSendOnlyAfterApprovalThroughTheOutbox() {
    // given: render -> (approval stand-in) -> send
    String processId = "comms-flow-" + UUID.randomUUID();
    String awaitType = "test.await-" + UUID.randomUUID();
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .serviceTask(
                "render",
                t ->
                    t.zeebeJobType("comms.render")
                        .zeebeTaskHeader("templates", "customer-notice, slack-status"))
            .serviceTask("approve", t -> t.zeebeJobType(awaitType))
            .serviceTask("send", t -> t.zeebeJobType("notify.send"))
            .endEvent()
            .done();
    client.newDeployResourceCommand().addProcessModel(model, processId + ".bpmn").send().join();
    NotifyPeers.wireMock.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
    String incidentId = "INC-FLOW-" + UUID.randomUUID();

    // when
    CompletableFuture<ProcessInstanceResult> result =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(incident(incidentId))
            .withResult()
            .requestTimeout(Duration.ofSeconds(60))
            .send()
            .toCompletableFuture();
    ActivatedJob approval = awaitJob(awaitType);
    List<?> draftIds = (List<?>) approval.getVariablesAsMap().get("commsDrafts");
    draftIds.forEach(id -> drafts.approve(((Number) id).longValue(), "carol"));
    client.newCompleteCommand(approval).send().join();
    List<?> notificationIds = (List<?>) result.join().getVariablesAsMap().get("notificationIds");
    dispatcher.dispatchDue();

    // then
    assertThat(drafts.forIncident(incidentId))
        .hasSize(2)
        .allSatisfy(
            d -> {
              assertThat(d.locale()).isEqualTo("ja");
              assertThat(d.sentAt()).isNotNull();
            });
    assertThat(notificationIds).hasSize(2);
    assertThat(
            NotifyPeers.wireMock.findAll(postRequestedFor(urlEqualTo("/hook"))).stream()
                .map(r -> r.getHeader("webhook-id")))
        .containsAll(notificationIds.stream().map(Object::toString).toList());
    assertThat(audit.forIncident(incidentId, 100))
        .extracting(r -> r.event().action())
        .contains(
            "comms.rendered",
            "comms.approved",
            "comms.sent",
            "notification.queued",
            "notification.delivered");
  }

  @Test
  void shouldFailTheSendJobAndAuditTheRefusalWhenADraftIsNotApproved() {
    // given: render -> send, nobody approves
    String processId = "comms-unapproved-" + UUID.randomUUID();
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .serviceTask(
                "render",
                t ->
                    t.zeebeJobType("comms.render").zeebeTaskHeader("templates", "regulator-notice"))
            .serviceTask(
                "send", t -> t.zeebeJobType("notify.send").zeebeTaskHeader("channel", "hook"))
            .endEvent()
            .done();
    client.newDeployResourceCommand().addProcessModel(model, processId + ".bpmn").send().join();
    String incidentId = "INC-REFUSED-" + UUID.randomUUID();

    // when
    client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(incident(incidentId))
        .send()
        .join();

    // then: the refusal is audited, naming the draft
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (audit.forIncident(incidentId, 100).stream()
            .noneMatch(r -> r.event().action().equals("notify.send-refused"))
        && System.nanoTime() < deadline) {
      client.newTopologyRequest().send().join(); // a round trip to the engine instead of a sleep
    }
    var refusals =
        audit.forIncident(incidentId, 100).stream()
            .filter(r -> r.event().action().equals("notify.send-refused"))
            .toList();
    assertThat(refusals).hasSize(1);
    assertThat(refusals.get(0).event().details().get("reason").toString())
        .contains("regulator-notice, ja")
        .contains("is not: approve it");
  }

  @Test
  void shouldFailTheSendJobWhenCommsDraftsNamesAnotherIncidentsApprovedDraft() {
    // given: incident A's approved draft, and incident B's process naming it in commsDrafts
    String owner = "INC-OWNER-" + UUID.randomUUID();
    List<Long> foreign =
        renderer.render(
            RUN + 31, null, List.of("customer-notice"), IncidentFacts.from(incident(owner)));
    drafts.approve(foreign.get(0), "carol");
    String processId = "comms-foreign-" + UUID.randomUUID();
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .serviceTask(
                "send", t -> t.zeebeJobType("notify.send").zeebeTaskHeader("channel", "hook"))
            .endEvent()
            .done();
    client.newDeployResourceCommand().addProcessModel(model, processId + ".bpmn").send().join();
    String other = "INC-OTHER-" + UUID.randomUUID();
    Map<String, Object> variables = new java.util.HashMap<>(incident(other));
    variables.put("commsDrafts", foreign);

    // when
    client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(variables)
        .send()
        .join();

    // then: refused once, naming the draft and both incidents; nothing queued or marked sent
    var refusals = awaitRefusals(other);
    assertThat(refusals).hasSize(1);
    assertThat(refusals.get(0).event().details().get("reason").toString())
        .contains("comms draft " + foreign.get(0) + " to belong to incident " + other)
        .contains("it belongs to " + owner);
    assertThat(drafts.forIncident(owner)).allSatisfy(d -> assertThat(d.sentAt()).isNull());
    assertThat(audit.forIncident(owner, 100))
        .extracting(r -> r.event().action())
        .doesNotContain("comms.sent", "notification.queued");
  }

  @Test
  void shouldRefuseADraftOfAnotherIncidentWhenSendingDirectly() {
    // given
    List<Long> ids =
        renderer.render(
            RUN + 41,
            null,
            List.of("executive-brief"),
            IncidentFacts.from(incident("INC-MINE-" + RUN)));
    drafts.approve(ids.get(0), "carol");

    // when / then
    assertThatThrownBy(() -> sender.send("INC-THEIRS-" + RUN, RUN + 42, null, ids, List.of("hook")))
        .isInstanceOf(DraftSender.RefusedException.class)
        .hasMessageContaining("comms draft " + ids.get(0) + " to belong to incident INC-THEIRS-");
    assertThat(countRows((RUN + 42) + ":")).isZero();
  }

  private List<io.irplaybook.audit.AuditRecord> awaitRefusals(String incidentId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (audit.forIncident(incidentId, 100).stream()
            .noneMatch(r -> r.event().action().equals("notify.send-refused"))
        && System.nanoTime() < deadline) {
      client.newTopologyRequest().send().join(); // a round trip to the engine instead of a sleep
    }
    return audit.forIncident(incidentId, 100).stream()
        .filter(r -> r.event().action().equals("notify.send-refused"))
        .toList();
  }

  @Test
  void shouldRefuseToSendAnUnapprovedDraftAndNameIt() {
    // given
    List<Long> ids =
        renderer.render(
            RUN + 1,
            null,
            List.of("executive-brief"),
            IncidentFacts.from(incident("INC-UNAPPROVED-" + RUN)));

    // when / then
    assertThatThrownBy(
            () -> sender.send("INC-UNAPPROVED-" + RUN, RUN + 2, null, ids, List.of("hook")))
        .isInstanceOf(DraftSender.RefusedException.class)
        .hasMessageContaining("comms draft " + ids.get(0) + " (executive-brief, ja)")
        .hasMessageContaining("approve");
    assertThat(countRows((RUN + 2) + ":")).isZero();
  }

  @Test
  void shouldRefuseAnEditedDraftUntilItsNewVersionIsApproved() {
    // given
    List<Long> ids =
        renderer.render(
            RUN + 11,
            null,
            List.of("staff-reset"),
            IncidentFacts.from(incident("INC-EDITED-" + RUN)));
    drafts.approve(ids.get(0), "carol");
    drafts.edit(ids.get(0), new DraftViews.DraftEdit(null, "changed text", null), "dave");

    // when / then
    assertThatThrownBy(() -> sender.send("INC-EDITED-" + RUN, RUN + 12, null, ids, List.of("hook")))
        .hasMessageContaining("latest version 2 is not");
  }

  @Test
  void shouldRenderAndQueueOnceWhenTheSameJobIsDeliveredTwice() {
    // given
    IncidentFacts facts = IncidentFacts.from(incident("INC-REDELIVERED-" + RUN));

    // when
    List<Long> first = renderer.render(RUN + 21, null, List.of("customer-notice"), facts);
    List<Long> second = renderer.render(RUN + 21, null, List.of("customer-notice"), facts);
    drafts.approve(first.get(0), "carol");
    List<String> sentFirst =
        sender.send("INC-REDELIVERED-" + RUN, RUN + 22, null, first, List.of("hook"));
    List<String> sentSecond =
        sender.send("INC-REDELIVERED-" + RUN, RUN + 22, null, first, List.of("hook"));

    // then
    assertThat(second).isEqualTo(first);
    assertThat(drafts.forIncident("INC-REDELIVERED-" + RUN)).hasSize(1);
    assertThat(sentSecond).isEqualTo(sentFirst);
    assertThat(countRows((RUN + 22) + ":")).isEqualTo(1);
  }

  private long countRows(String keyPrefix) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Notification.count("idempotencyKey like ?1", keyPrefix + "%"));
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
