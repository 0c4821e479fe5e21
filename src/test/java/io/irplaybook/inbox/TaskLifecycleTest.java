package io.irplaybook.inbox;

import static io.irplaybook.inbox.InboxFixtures.as;
import static io.irplaybook.inbox.InboxFixtures.awaitTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.camunda.client.CamundaClient;
import io.irplaybook.audit.AuditRecord;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.inbox.service.JobLease;
import io.irplaybook.inbox.service.OverdueCheck;
import io.irplaybook.inbox.service.TaskIntake;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Holding jobs: redelivery, jobs that vanish from the engine, and due dates. */
@QuarkusTest
class TaskLifecycleTest {

  @Inject InboxFixtures fixtures;
  @Inject AuditTrail audit;
  @Inject CamundaClient client;
  @Inject JobLease lease;
  @Inject OverdueCheck overdue;
  @Inject MeterRegistry registry;

  @BeforeEach
  void users() {
    fixtures.user("ic-ines", "incident-commander");
    fixtures.user("fx-fumi", "forensics");
  }

  @Test
  void shouldReattachAJobDeliveredAgainToItsTaskInsteadOfCreatingASecond() {
    // given
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");
    as("fx-fumi").post("/api/tasks/" + id + "/claim").then().statusCode(200);
    double before = registry.counter(TaskIntake.REATTACHED_METRIC).count();

    // when the job's timeout runs out, the engine hands it out again
    client.newUpdateTimeoutCommand(id).timeout(Duration.ofMillis(1)).send().join();
    Instant deadline = Instant.now().plusSeconds(20);
    while (registry.counter(TaskIntake.REATTACHED_METRIC).count() == before
        && Instant.now().isBefore(deadline)) {
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }

    // then
    assertThat(registry.counter(TaskIntake.REATTACHED_METRIC).count()).isGreaterThan(before);
    as("ic-ines").queryParam("incident", incident).get("/api/tasks").then().body("id", hasSize(1));
    as("fx-fumi")
        .get("/api/tasks/" + id)
        .then()
        .body("assignee", is("fx-fumi"))
        .body("status", is("open"));
    assertThat(lease.refreshAll()).isZero();
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
  void shouldMarkTasksOfCancelledInstancesStaleWhenRefreshingTheirJobs() {
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
    int gone = lease.refreshAll();

    // then
    assertThat(gone).isGreaterThanOrEqualTo(1);
    as("ic-ines").get("/api/tasks/" + id).then().body("status", is("stale"));
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
  void shouldKeepTasksInTheDatabaseByJobKey() {
    // given
    String incident = fixtures.startIncident();

    // when
    long id = awaitTask("ic-ines", incident, "preserve-evidence");

    // then
    Task task = QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(id));
    assertThat(task.incidentId).isEqualTo(incident);
    assertThat(task.bpmnProcessId).isEqualTo(InboxFixtures.PROCESS);
  }

  private List<String> actions(String incident) {
    return audit.forIncident(incident, 100).stream()
        .map(AuditRecord::event)
        .map(e -> e.action())
        .toList();
  }
}
