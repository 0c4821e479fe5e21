package io.irplaybook.inbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.irplaybook.inbox.InboxFixtures.awaitTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.camunda.client.CamundaClient;
import io.irplaybook.inbox.service.OverdueCheck;
import io.irplaybook.inbox.service.UserTaskPoll;
import io.irplaybook.notify.Notification;
import io.irplaybook.notify.NotifyPeers;
import io.irplaybook.notify.service.OutboxDispatcher;
import io.irplaybook.platform.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * New and overdue tasks reach the configured channel (WireMock as the webhook receiver), once each.
 */
@QuarkusTest
@QuarkusTestResource(value = InboxNotifyPeers.class, restrictToAnnotatedClass = true)
class TaskNotificationTest {

  @Inject InboxFixtures fixtures;
  @Inject CamundaClient client;
  @Inject OutboxDispatcher dispatcher;
  @Inject OverdueCheck overdue;
  @Inject TestClock clock;
  @Inject UserTaskPoll poll;

  @BeforeEach
  void setUp() {
    fixtures.user("ic-ines", "incident-commander");
    NotifyPeers.wireMock.resetAll();
    NotifyPeers.wireMock.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
  }

  @Test
  void shouldDeliverOneNoticeInTheOrganisationsLocaleForANewTask() {
    // given
    String incident = start(Instant.parse("2031-05-06T07:08:00Z"), "ja");
    awaitTask("ic-ines", incident, "preserve-evidence");

    // when
    dispatchAll();

    // then: one notice, though the channel is named both for everyone and for the group forensics
    List<String> bodies = hookBodies(incident);
    assertThat(bodies).hasSize(1);
    assertThat(bodies.get(0))
        .contains("新しいタスク")
        .contains("Preserve the logs")
        .contains(incident)
        .contains("forensics, soc-analyst")
        .contains("2031-05-06 07:08 UTC");
  }

  @Test
  void shouldQueueTheNoticeWithTheTasksClaimAndOpenActions() {
    // given
    String incident = start(Instant.now().plus(Duration.ofDays(1)), "en");

    // when
    long task = awaitTask("ic-ines", incident, "preserve-evidence");

    // then: the row carries what a Slack channel shows as Claim and Open in the inbox buttons
    Notification notice =
        QuarkusTransaction.requiringNew()
            .call(() -> Notification.<Notification>find("incidentId", incident).firstResult());
    assertThat(notice.actionTaskId).isEqualTo(String.valueOf(task));
    assertThat(notice.actionUrl).endsWith("/inbox/tasks/" + task);
  }

  @Test
  void shouldNotSendASecondNoticeWhenThePollFindsTheTaskAgain() {
    // given
    String incident = start(Instant.now().plus(Duration.ofDays(1)), "en");
    awaitTask("ic-ines", incident, "preserve-evidence");
    dispatchAll();

    // when later rounds find the same open user task
    poll.pollOnce();
    poll.pollOnce();
    dispatchAll();

    // then
    assertThat(hookBodies(incident))
        .hasSize(1)
        .allSatisfy(body -> assertThat(body).contains("New task"));
    assertThat(outboxRows(incident)).isEqualTo(1);
  }

  @Test
  void shouldDeliverOneEscalationWhenTheTaskBecomesOverdue() {
    // given
    String incident = start(Instant.now().plus(Duration.ofHours(1)), "en");
    awaitTask("ic-ines", incident, "preserve-evidence");
    dispatchAll();

    // when
    clock.advance(Duration.ofHours(2));
    overdue.markOverdue();
    overdue.markOverdue();
    dispatchAll();

    // then
    List<String> escalations =
        hookBodies(incident).stream().filter(b -> b.contains("Overdue task")).toList();
    assertThat(escalations).hasSize(1);
    assertThat(escalations.get(0))
        .contains("Preserve the logs")
        .contains("past its due date")
        .contains("forensics, soc-analyst");
    assertThat(outboxRows(incident)).isEqualTo(2);
  }

  /**
   * Every due notice, not one batch: open steps of incidents from earlier test classes (the
   * in-memory database outlives the application) are announced when this application starts, and
   * the playbooks open several steps at once, so one batch may hold none of this test's notices.
   */
  private void dispatchAll() {
    for (int pass = 0; pass < 100 && dispatcher.dispatchDue() > 0; pass++) {
      // keep going until a pass finds nothing due
    }
  }

  private String start(Instant due, String locale) {
    client
        .newDeployResourceCommand()
        .addResourceFromClasspath("bpmn/" + InboxFixtures.PROCESS + ".bpmn")
        .send()
        .join();
    String incident = "INC-N-" + UUID.randomUUID().toString().substring(0, 8);
    client
        .newCreateInstanceCommand()
        .bpmnProcessId(InboxFixtures.PROCESS)
        .latestVersion()
        .variables(Map.of("incidentId", incident, "dueDate", due.toString(), "locale", locale))
        .send()
        .join();
    return incident;
  }

  private static List<String> hookBodies(String incident) {
    return NotifyPeers.wireMock.findAll(postRequestedFor(urlEqualTo("/hook"))).stream()
        .map(LoggedRequest::getBodyAsString)
        .filter(body -> body.contains(incident))
        .toList();
  }

  private static long outboxRows(String incident) {
    return QuarkusTransaction.requiringNew().call(() -> Notification.count("incidentId", incident));
  }
}
