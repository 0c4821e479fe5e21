package io.irplaybook.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.irplaybook.inbox.service.UserTaskPoll;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The poll's two kinds of round, driven by hand with the scheduled poll off: a short round records
 * what was created lately and leaves ended tasks alone; a full round also lets ended tasks go.
 */
@QuarkusTest
@TestProfile(InboxWorkerOffProfile.class)
class UserTaskPollRoundsTest {

  @Inject InboxFixtures fixtures;
  @Inject CamundaClient client;
  @Inject UserTaskPoll poll;

  @Test
  void shouldRecordATaskCreatedAfterTheLastFullRoundInAShortRound() throws InterruptedException {
    // given a full round has run, then a new step is created
    poll.pollOnce();
    String incident = fixtures.startIncident();
    UserTask created = awaitEngineTask(incident);
    assertThat(inInbox(created.getUserTaskKey())).isNull();

    // when
    UserTaskPoll.Round round = poll.pollNew();

    // then
    assertThat(round.recorded()).isGreaterThanOrEqualTo(1);
    Task recorded = inInbox(created.getUserTaskKey());
    assertThat(recorded).isNotNull();
    assertThat(recorded.incidentId).isEqualTo(incident);
    assertThat(recorded.status).isEqualTo(TaskStatus.OPEN);
  }

  @Test
  void shouldLeaveATaskEndedElsewhereToTheNextFullRound() throws InterruptedException {
    // given a recorded task that is then completed outside the inbox (as in Tasklist)
    String incident = fixtures.startIncident();
    UserTask created = awaitEngineTask(incident);
    poll.pollOnce();
    client.newCompleteUserTaskCommand(created.getUserTaskKey()).send().join();

    // when
    UserTaskPoll.Round shortRound = poll.pollNew();

    // then the short round does not look at ended tasks; the full round does
    assertThat(shortRound.ended()).isZero();
    assertThat(inInbox(created.getUserTaskKey()).status).isEqualTo(TaskStatus.OPEN);
    UserTaskPoll.Round fullRound = poll.pollOnce();
    assertThat(fullRound.ended()).isGreaterThanOrEqualTo(1);
    assertThat(inInbox(created.getUserTaskKey()).status).isEqualTo(TaskStatus.STALE);
  }

  private UserTask awaitEngineTask(String incident) throws InterruptedException {
    Instant deadline = Instant.now().plus(InboxFixtures.WAIT);
    while (Instant.now().isBefore(deadline)) {
      var found =
          client
              .newUserTaskSearchRequest()
              .filter(
                  f ->
                      f.state(UserTaskState.CREATED)
                          .processInstanceVariables(
                              // Camunda compares variable values as JSON text
                              Map.of("incidentId", "\"" + incident + "\"")))
              .send()
              .join()
              .items();
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No user task of " + incident + " within " + InboxFixtures.WAIT);
  }

  private static Task inInbox(long key) {
    return QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(key));
  }
}
