package io.irplaybook.inbox;

import static io.restassured.RestAssured.given;

import io.camunda.client.CamundaClient;
import io.irplaybook.security.User;
import io.irplaybook.security.service.UserService;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/** Users, processes and polling shared by the inbox tests; every test gets its own incident id. */
@ApplicationScoped
public class InboxFixtures {

  public static final String PASSWORD = "correct-horse-battery";
  public static final String PROCESS = "inbox-two-steps";

  /**
   * How long a test waits for the inbox's poll to record a new step: it runs every 200 ms in tests,
   * but one round reads every open user task of the whole suite's JVM, and on a shared CI machine
   * two of the need-to-know tests waited past 20 s.
   */
  static final Duration WAIT = Duration.ofSeconds(60);

  @Inject CamundaClient client;
  @Inject UserService users;

  private volatile boolean deployed;
  private final Set<String> deployedProcesses = ConcurrentHashMap.newKeySet();

  /** Creates the user with these roles unless it exists. */
  @Transactional
  public void user(String name, String... roles) {
    if (User.findByUsername(name).isEmpty()) {
      users.create(name, PASSWORD, List.of(roles), "test");
    }
  }

  public static RequestSpecification as(String user) {
    return given().auth().preemptive().basic(user, PASSWORD).contentType("application/json");
  }

  /** Starts the two-step test process for a fresh incident; returns the incident id. */
  public String startIncident(String dueDate) {
    if (!deployed) {
      client
          .newDeployResourceCommand()
          .addResourceFromClasspath("bpmn/" + PROCESS + ".bpmn")
          .send()
          .join();
      deployed = true;
    }
    String incidentId = "INC-T-" + UUID.randomUUID().toString().substring(0, 8);
    client
        .newCreateInstanceCommand()
        .bpmnProcessId(PROCESS)
        .latestVersion()
        .variables(Map.of("incidentId", incidentId, "dueDate", dueDate))
        .send()
        .join();
    return incidentId;
  }

  /**
   * Deploys {@code bpmn/<processId>.bpmn} from the test resources (once) and starts it for a fresh
   * incident with these variables besides {@code incidentId}; returns the incident id.
   */
  public String startProcess(String processId, Map<String, Object> variables) {
    if (deployedProcesses.add(processId)) {
      client
          .newDeployResourceCommand()
          .addResourceFromClasspath("bpmn/" + processId + ".bpmn")
          .send()
          .join();
    }
    String incidentId = "INC-T-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> all = new HashMap<>(variables);
    all.put("incidentId", incidentId);
    client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(all)
        .send()
        .join();
    return incidentId;
  }

  /**
   * Declares an incident through the incident API ({@code POST /api/incidents}) as a reporter
   * would; 20 employees select the small playbook. Returns the incident id.
   */
  public String declareIncident() {
    user("rep-rex", "reporter");
    Map<String, Object> body =
        Map.of(
            "title",
            "Cloud backup exposure",
            "scenario",
            "cloud-config-backup-exposure",
            "severity",
            "high",
            "organization",
            Map.of(
                "name",
                "Example KK",
                "employees",
                20,
                "industry",
                "retail",
                "jurisdictions",
                List.of("JP"),
                "personalData",
                false,
                "locale",
                "en"),
            "assets",
            List.of(Map.of("name", "fw-hq", "kind", "firewall", "usedCloudBackup", true)));
    return as("rep-rex")
        .body(body)
        .post("/api/incidents")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  public String startIncident() {
    return startIncident(Instant.now().plus(Duration.ofDays(1)).toString());
  }

  /**
   * Waits (polling the API as the commander, with a deadline) for the incident's open task at the
   * element; returns its id.
   */
  public static long awaitTask(String commander, String incidentId, String elementId) {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      JsonPath tasks =
          as(commander)
              .queryParam("incident", incidentId)
              .queryParam("status", "open")
              .get("/api/tasks")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      Object id = tasks.get("find { it.elementId == '" + elementId + "' }.id");
      if (id != null) {
        return Long.parseLong(id.toString());
      }
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
    throw new AssertionError(
        "No open task at " + elementId + " for " + incidentId + " within " + WAIT);
  }
}
