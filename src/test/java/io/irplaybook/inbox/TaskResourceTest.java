package io.irplaybook.inbox;

import static io.irplaybook.inbox.InboxFixtures.as;
import static io.irplaybook.inbox.InboxFixtures.awaitTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.irplaybook.audit.AuditRecord;
import io.irplaybook.audit.AuditTrail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every task action over REST, the conflicts, and who sees what. */
@QuarkusTest
class TaskResourceTest {

  @Inject InboxFixtures fixtures;
  @Inject AuditTrail audit;

  @BeforeEach
  void users() {
    fixtures.user("ic-ines", "incident-commander");
    fixtures.user("fx-fumi", "forensics");
    fixtures.user("fx-frank", "forensics");
    fixtures.user("id-ida", "identity-admin");
    fixtures.user("aud-aki", "auditor");
    fixtures.user("legal-lee", "legal");
  }

  @Test
  void shouldTurnAUserTaskJobIntoATaskWithTitleDocumentationGroupsAndChecklist() {
    // given
    String incident = fixtures.startIncident("2099-01-31T17:45:30Z");

    // when
    long id = awaitTask("ic-ines", incident, "preserve-evidence");

    // then
    as("fx-fumi")
        .get("/api/tasks/" + id)
        .then()
        .statusCode(200)
        .body("title", is("Preserve the logs"))
        .body("documentation", containsString("last 90 days"))
        .body("candidateGroups", equalTo(List.of("forensics", "soc-analyst")))
        .body("dueAt", is("2099-01-31T17:45:30Z"))
        .body("status", is("open"))
        .body("checklist.text", equalTo(List.of("Export the logs", "Hash the export")))
        .body("phase", is("preserve"))
        .body("incidentId", is(incident));
    assertThat(actions(incident)).containsExactly("task.created");
  }

  @Test
  void shouldListEveryTaskWithItsOwnChecklistWhenChecklistsAreReadTogether() {
    // given two open steps, one with its first item ticked
    long ticked = awaitTask("ic-ines", fixtures.startIncident(), "preserve-evidence");
    long untouched = awaitTask("ic-ines", fixtures.startIncident(), "preserve-evidence");
    as("fx-fumi").post("/api/tasks/" + ticked + "/claim").then().statusCode(200);
    as("fx-fumi")
        .body(Map.of("ticked", true))
        .post("/api/tasks/" + ticked + "/checklist/1")
        .then()
        .statusCode(200);

    // when: the list reads all its tasks' checklists in one query
    List<Map<String, Object>> listed =
        as("ic-ines")
            .queryParam("scope", "all")
            .queryParam("status", "open")
            .get("/api/tasks")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");

    // then each checklist stays with its task
    assertThat(tickedOf(listed, ticked)).containsExactly(true, false);
    assertThat(tickedOf(listed, untouched)).containsExactly(false, false);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> tickedOf(List<Map<String, Object>> listed, long id) {
    Map<String, Object> task =
        listed.stream()
            .filter(t -> String.valueOf(id).equals(String.valueOf(t.get("id"))))
            .findFirst()
            .orElseThrow(() -> new AssertionError("task " + id + " is not listed"));
    return ((List<Map<String, Object>>) task.get("checklist"))
        .stream().map(item -> item.get("ticked")).toList();
  }

  @Test
  void shouldShowResponderOnlyTasksOfTheirGroupsAndCommandersAndAuditorsAll() {
    // given
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");

    // when / then
    as("fx-fumi")
        .queryParam("incident", incident)
        .get("/api/tasks")
        .then()
        .statusCode(200)
        .body("id", hasSize(1));
    as("aud-aki")
        .queryParam("incident", incident)
        .get("/api/tasks")
        .then()
        .statusCode(200)
        .body("id", hasSize(1));
    as("legal-lee")
        .queryParam("incident", incident)
        .get("/api/tasks")
        .then()
        .statusCode(200)
        .body("id", hasSize(0));
    as("legal-lee").get("/api/tasks/" + id).then().statusCode(404);
    as("legal-lee").post("/api/tasks/" + id + "/claim").then().statusCode(404);
  }

  @Test
  void shouldClaimTickCommentAttachEvidenceAndCompleteThenOfferTheNextStep() {
    // given
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");

    // when
    as("fx-fumi")
        .post("/api/tasks/" + id + "/claim")
        .then()
        .statusCode(200)
        .body("assignee", is("fx-fumi"));
    as("fx-fumi")
        .queryParam("scope", "mine")
        .queryParam("incident", incident)
        .get("/api/tasks")
        .then()
        .body("id", equalTo(List.of(String.valueOf(id))));
    as("fx-fumi")
        .body(Map.of("ticked", true))
        .post("/api/tasks/" + id + "/checklist/1")
        .then()
        .statusCode(200);
    as("fx-fumi")
        .body(Map.of())
        .post("/api/tasks/" + id + "/checklist/2")
        .then()
        .statusCode(200)
        .body("checklist.ticked", equalTo(List.of(true, true)));
    as("fx-frank")
        .body(Map.of("body", "Export is 4 GB"))
        .post("/api/tasks/" + id + "/comments")
        .then()
        .statusCode(201)
        .body("comments[0].author", is("fx-frank"));
    as("fx-fumi")
        .body(
            Map.of(
                "uri",
                "s3://evidence/inc/audit.json.gz",
                "sha256",
                "a".repeat(64),
                "note",
                "90 days"))
        .post("/api/tasks/" + id + "/evidence")
        .then()
        .statusCode(201)
        .body("evidence[0].sha256", is("a".repeat(64)));
    as("fx-fumi")
        .body(Map.of("variables", Map.of("logsPreserved", true)))
        .post("/api/tasks/" + id + "/complete")
        .then()
        .statusCode(200)
        .body("status", is("completed"))
        .body("completedBy", is("fx-fumi"));

    // then
    long next = awaitTask("ic-ines", incident, "approve-reset");
    assertThat(next).isNotEqualTo(id);
    assertThat(actions(incident))
        .containsExactly(
            "task.created",
            "task.claimed",
            "task.checklist-ticked",
            "task.checklist-ticked",
            "task.commented",
            "task.evidence-added",
            "task.completed",
            "task.created");
  }

  @Test
  void shouldAnswerConflictWhenCompletingTwice() {
    // given
    String incident = fixtures.startIncident();
    long id = claimedAndTicked(incident, "fx-fumi");
    as("fx-fumi").body(Map.of()).post("/api/tasks/" + id + "/complete").then().statusCode(200);

    // when / then
    as("fx-fumi")
        .body(Map.of())
        .post("/api/tasks/" + id + "/complete")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("completed already"));
  }

  @Test
  void shouldRefuseToCompleteATaskClaimedBySomeoneElse() {
    // given
    String incident = fixtures.startIncident();
    long id = claimedAndTicked(incident, "fx-fumi");

    // when / then
    as("fx-frank")
        .body(Map.of())
        .post("/api/tasks/" + id + "/complete")
        .then()
        .statusCode(403)
        .body("detail", containsString("held by fx-fumi"));
    as("ic-ines").body(Map.of()).post("/api/tasks/" + id + "/complete").then().statusCode(403);
    as("fx-frank").post("/api/tasks/" + id + "/claim").then().statusCode(409);
  }

  @Test
  void shouldRefuseToCompleteWithUntickedChecklistItems() {
    // given
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");
    as("fx-fumi").post("/api/tasks/" + id + "/claim").then().statusCode(200);

    // when / then
    as("fx-fumi")
        .body(Map.of())
        .post("/api/tasks/" + id + "/complete")
        .then()
        .statusCode(409)
        .body("detail", containsString("2 checklist item(s)"));
  }

  @Test
  void shouldLetACommanderReassignAndTheNewHolderUnclaim() {
    // given
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");
    as("fx-fumi").post("/api/tasks/" + id + "/claim").then().statusCode(200);

    // when
    as("fx-fumi")
        .body(Map.of("assignee", "fx-frank"))
        .post("/api/tasks/" + id + "/assign")
        .then()
        .statusCode(403);
    as("ic-ines")
        .body(Map.of("assignee", "fx-frank"))
        .post("/api/tasks/" + id + "/assign")
        .then()
        .statusCode(200)
        .body("assignee", is("fx-frank"));
    as("fx-fumi").post("/api/tasks/" + id + "/unclaim").then().statusCode(403);
    as("fx-frank").post("/api/tasks/" + id + "/unclaim").then().statusCode(200);

    // then
    as("fx-frank").get("/api/tasks/" + id).then().body("assignee", is((String) null));
    assertThat(actions(incident))
        .containsSubsequence("task.claimed", "task.assigned", "task.unclaimed");
  }

  @Test
  void shouldNeedASecondPersonForATwoPersonStep() {
    // given
    String incident = fixtures.startIncident();
    long first = claimedAndTicked(incident, "fx-fumi");
    as("fx-fumi").body(Map.of()).post("/api/tasks/" + first + "/complete").then().statusCode(200);
    long id = awaitTask("ic-ines", incident, "approve-reset");
    as("id-ida")
        .post("/api/tasks/" + id + "/claim")
        .then()
        .statusCode(200)
        .body("requiresTwoPerson", is(true));

    // when
    as("id-ida")
        .body(Map.of())
        .post("/api/tasks/" + id + "/complete")
        .then()
        .statusCode(409)
        .body("detail", containsString("second person"));
    as("id-ida").post("/api/tasks/" + id + "/confirm").then().statusCode(409);
    as("ic-ines")
        .post("/api/tasks/" + id + "/confirm")
        .then()
        .statusCode(200)
        .body("confirmedBy", is("ic-ines"));

    // then
    as("id-ida")
        .body(Map.of())
        .post("/api/tasks/" + id + "/complete")
        .then()
        .statusCode(200)
        .body("status", is("completed"));
  }

  @Test
  void shouldLetAuditorsReadButChangeNothing() {
    // given
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");

    // when / then
    as("aud-aki").get("/api/tasks/" + id).then().statusCode(200);
    as("aud-aki").post("/api/tasks/" + id + "/claim").then().statusCode(403);
    as("aud-aki")
        .body(Map.of("body", "x"))
        .post("/api/tasks/" + id + "/comments")
        .then()
        .statusCode(403);
    as("aud-aki").body(Map.of()).post("/api/tasks/" + id + "/complete").then().statusCode(403);
  }

  @Test
  void shouldRejectEvidenceWithoutAValidHashAsProblem() {
    // given
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");

    // when / then
    as("fx-fumi")
        .body(Map.of("uri", "s3://evidence/x", "sha256", "abc"))
        .post("/api/tasks/" + id + "/evidence")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("64 hexadecimal"));
  }

  private long claimedAndTicked(String incident, String user) {
    long id = awaitTask("ic-ines", incident, "preserve-evidence");
    as(user).post("/api/tasks/" + id + "/claim").then().statusCode(200);
    as(user).body(Map.of()).post("/api/tasks/" + id + "/checklist/1").then().statusCode(200);
    as(user).body(Map.of()).post("/api/tasks/" + id + "/checklist/2").then().statusCode(200);
    return id;
  }

  private List<String> actions(String incident) {
    return audit.forIncident(incident, 100).stream()
        .map(AuditRecord::event)
        .map(e -> e.action())
        .toList();
  }
}
