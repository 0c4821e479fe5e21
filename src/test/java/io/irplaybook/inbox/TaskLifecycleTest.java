package io.irplaybook.inbox;

import static io.irplaybook.inbox.InboxFixtures.as;
import static io.irplaybook.inbox.InboxFixtures.awaitTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.irplaybook.audit.AuditRecord;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.inbox.service.OverdueCheck;
import io.irplaybook.inbox.service.UserTaskPoll;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tasks from Camunda user tasks: found by the poll once, found again after a crash lost their
 * record, claims reflected in the engine, completions sent again until the engine has them, tasks
 * that end in the engine leaving the inbox, and due dates.
 */
@QuarkusTest
class TaskLifecycleTest {

  @Inject InboxFixtures fixtures;
  @Inject AuditTrail audit;
  @Inject CamundaClient client;
  @Inject UserTaskPoll poll;
  @Inject OverdueCheck overdue;

  @BeforeEach
  void users() {
    fixtures.user("ic-ines", "incident-commander");
    fixtures.user("fx-fumi", "forensics");
  }

  @Test
  void shouldNotRecordASecondTaskWhenThePollFindsTheSameUserTaskAgain() {
    // given
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");
    as("fx-fumi").post("/api/tasks/" + id + "/claim").then().statusCode(200);

    // when
    poll.pollOnce();
    poll.pollOnce();

    // then
    as("ic-ines").queryParam("incident", incident).get("/api/tasks").then().body("id", hasSize(1));
    as("fx-fumi")
        .get("/api/tasks/" + id)
        .then()
        .body("assignee", is("fx-fumi"))
        .body("status", is("open"));
    assertThat(actions(incident).stream().filter("task.created"::equals)).hasSize(1);
  }

  @Test
  void shouldFindAnOpenTaskAgainWhenACrashLostItsRecord() {
    // given a task whose intake never committed (the service died in the middle of it)
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ChecklistItem.delete("jobKey", id);
              Task.deleteById(id);
            });
    as("ic-ines").queryParam("incident", incident).get("/api/tasks").then().body("id", hasSize(0));

    // when
    poll.pollOnce();

    // then the engine still holds the user task, so the next round records it again, checklist too
    as("ic-ines")
        .get("/api/tasks/" + id)
        .then()
        .statusCode(200)
        .body("status", is("open"))
        .body("checklist", hasSize(2));
  }

  @Test
  void shouldTellTheEngineWhoHoldsTheTask() {
    // given
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");

    // when
    as("fx-fumi").post("/api/tasks/" + id + "/claim").then().statusCode(200);
    String claimed = engineTask(id).getAssignee();
    as("ic-ines")
        .body(Map.of("assignee", "fx-frank"))
        .post("/api/tasks/" + id + "/assign")
        .then()
        .statusCode(200);
    String assigned = engineTask(id).getAssignee();
    as("ic-ines").post("/api/tasks/" + id + "/unclaim").then().statusCode(200);

    // then
    assertThat(claimed).isEqualTo("fx-fumi");
    assertThat(assigned).isEqualTo("fx-frank");
    assertThat(engineTask(id).getAssignee()).isNull();
  }

  @Test
  void shouldSendARecordedCompletionAgainWhenTheEngineNeverGotIt() {
    // given a completion committed in the inbox whose send to the engine was lost in a crash
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Task task = Task.findById(id);
              task.status = TaskStatus.COMPLETED;
              task.completedBy = "fx-fumi";
              task.completedAt = java.time.Instant.now();
              task.completionVariables = "{\"logsPreserved\":true}";
              task.completionPending = true;
            });
    assertThat(engineTask(id).getState()).isEqualTo(UserTaskState.CREATED);

    // when
    poll.pollOnce();

    // then the engine has it, and the process went on to the next step
    assertThat(engineTask(id).getState()).isEqualTo(UserTaskState.COMPLETED);
    Task after = QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(id));
    assertThat(after.completionPending).isFalse();
    assertThat(after.status).isEqualTo(TaskStatus.COMPLETED);
    awaitTask("ic-ines", incident, "approve-reset");
  }

  @Test
  void shouldLetATaskCompletedOutsideTheInboxLeaveIt() {
    // given
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");

    // when someone completes the user task elsewhere (Tasklist, another client)
    client.newCompleteUserTaskCommand(id).send().join();
    poll.pollOnce();

    // then
    as("ic-ines")
        .get("/api/tasks/" + id)
        .then()
        .body("status", is("stale"))
        .body("staleMessage", containsString("outside the inbox"));
  }

  @Test
  void shouldMarkTheTaskStaleWhenTheEngineNoLongerHasTheJob() {
    // given
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");
    as("fx-fumi").post("/api/tasks/" + id + "/claim").then().statusCode(200);
    as("fx-fumi").body(Map.of()).post("/api/tasks/" + id + "/checklist/1").then().statusCode(200);
    as("fx-fumi").body(Map.of()).post("/api/tasks/" + id + "/checklist/2").then().statusCode(200);
    long instance =
        as("fx-fumi")
            .get("/api/tasks/" + id)
            .then()
            .extract()
            .jsonPath()
            .getLong("processInstanceKey");
    client.newCancelInstanceCommand(instance).send().join();

    // when
    as("fx-fumi")
        .body(Map.of())
        .post("/api/tasks/" + id + "/complete")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("stale"));

    // then
    as("fx-fumi")
        .get("/api/tasks/" + id)
        .then()
        .body("status", is("stale"))
        .body("staleMessage", containsString("no longer"));
    assertThat(actions(incident)).endsWith("task.stale");
  }

  @Test
  void shouldMarkTasksOfCancelledInstancesStaleWhenThePollFindsThemEnded() {
    // given
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");
    long instance =
        as("ic-ines")
            .get("/api/tasks/" + id)
            .then()
            .extract()
            .jsonPath()
            .getLong("processInstanceKey");
    client.newCancelInstanceCommand(instance).send().join();

    // when
    poll.pollOnce();

    // then
    as("ic-ines").get("/api/tasks/" + id).then().body("status", is("stale"));
    assertThat(actions(incident).stream().filter("task.stale"::equals)).hasSize(1);
  }

  @Test
  void shouldMarkAnOverdueTaskOnceAndEscalateIt() {
    // given
    String incident = fixtures.startIncident("2020-01-01T00:00:00Z");
    long id = awaitTask("ic-ines", incident, "preserve-evidence");

    // when
    overdue.markOverdue();
    List<Long> second = overdue.markOverdue();

    // then
    assertThat(second).doesNotContain(id);
    as("fx-fumi").get("/api/tasks/" + id).then().body("overdue", is(true));
    as("fx-fumi")
        .queryParam("incident", incident)
        .queryParam("overdue", true)
        .get("/api/tasks")
        .then()
        .body("id", hasSize(1));
    assertThat(actions(incident).stream().filter("task.overdue"::equals)).hasSize(1);
  }

  @Test
  void shouldKeepTasksInTheDatabaseByUserTaskKey() {
    // given
    String incident = fixtures.startIncident();

    // when
    long id = awaitTask("ic-ines", incident, "preserve-evidence");

    // then
    Task task = QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(id));
    assertThat(task.incidentId).isEqualTo(incident);
    assertThat(task.bpmnProcessId).isEqualTo(InboxFixtures.PROCESS);
    assertThat(engineTask(id).getElementId()).isEqualTo("preserve-evidence");
  }

  private UserTask engineTask(long key) {
    return client.newUserTaskGetRequest(key).send().join();
  }

  private List<String> actions(String incident) {
    return audit.forIncident(incident, 100).stream()
        .map(AuditRecord::event)
        .map(e -> e.action())
        .toList();
  }
}
