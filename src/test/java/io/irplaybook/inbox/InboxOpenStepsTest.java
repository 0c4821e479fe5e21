package io.irplaybook.inbox;

import static io.irplaybook.inbox.InboxFixtures.as;
import static io.irplaybook.inbox.InboxFixtures.awaitTask;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The incident API shows the inbox's open steps of an incident and who holds them. */
@QuarkusTest
class InboxOpenStepsTest {

  @Inject InboxFixtures fixtures;

  @BeforeEach
  void users() {
    fixtures.user("ic-ines", "incident-commander");
    fixtures.user("net-nao", "network-admin");
  }

  @Test
  void shouldListTheOpenStepAndItsHolderOnTheIncident() {
    // given a declared incident whose first step a network admin claimed
    String incident = fixtures.declareIncident();
    long id = awaitTask("ic-ines", incident, "identify-assets");
    as("net-nao").post("/api/tasks/" + id + "/claim").then().statusCode(200);

    // when / then
    as("ic-ines")
        .get("/api/incidents/" + incident)
        .then()
        .statusCode(200)
        // the first hour opens containment steps beside scoping (playbooks v2, issue 14)
        .body("openSteps.taskId", hasItem(String.valueOf(id)))
        .body(step(id, "name"), is("Identify devices that used the vendor's cloud backup"))
        .body(step(id, "assignee"), is("net-nao"))
        // the fixture's organisation is small: its technical steps go to a contracted MSP as well
        .body(step(id, "candidateGroups"), equalTo(List.of("network-admin", "msp")));
  }

  private static String step(long taskId, String field) {
    return "openSteps.find { it.taskId == '" + taskId + "' }." + field;
  }
}
