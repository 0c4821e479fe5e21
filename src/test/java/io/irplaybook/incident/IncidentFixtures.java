package io.irplaybook.incident;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Request bodies and waits shared by the incident tests; waits poll the engine with long polling,
 * never sleep.
 */
public final class IncidentFixtures {

  public static final String USER_TASK = "io.camunda.zeebe:userTask";
  private static final ObjectMapper JSON = new ObjectMapper();

  private IncidentFixtures() {}

  /** A valid declaration for an organisation of this size, as a mutable map to spoil in tests. */
  public static Map<String, Object> declaration(String organisation, int employees) {
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("name", organisation);
    org.put("employees", employees);
    org.put("industry", "manufacturing");
    org.put("jurisdictions", List.of("JP"));
    org.put("personalData", true);
    org.put("locale", "ja");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "Cloud backup exposure at " + organisation);
    body.put("scenario", "cloud-config-backup-exposure");
    body.put("severity", "high");
    body.put("organization", org);
    body.put("tierOverride", null);
    body.put("tierOverrideReason", null);
    body.put(
        "assets",
        List.of(Map.of("name", "fw-tokyo-1", "kind", "firewall", "usedCloudBackup", true)));
    return body;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> organization(Map<String, Object> declaration) {
    return (Map<String, Object>) declaration.get("organization");
  }

  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many incidents the API lists in total. */
  public static int totalIncidents() {
    return given().get("/api/incidents?size=1").then().statusCode(200).extract().path("total");
  }

  /**
   * Activates user-task jobs until one of this incident shows up. The incident is recognised by its
   * {@code incidentId} variable rather than by process instance, because the playbook runs as a
   * called process with an instance of its own. Jobs of other incidents are activated with a short
   * timeout, so they become activatable again for other tests.
   */
  public static Optional<ActivatedJob> waitingUserTask(
      CamundaClient client, String incidentId, Duration within) {
    Instant deadline = Instant.now().plus(within);
    while (Instant.now().isBefore(deadline)) {
      List<ActivatedJob> jobs =
          client
              .newActivateJobsCommand()
              .jobType(USER_TASK)
              .maxJobsToActivate(100)
              .timeout(Duration.ofMillis(300))
              .requestTimeout(Duration.ofSeconds(1))
              .send()
              .join()
              .getJobs();
      Optional<ActivatedJob> ours =
          jobs.stream()
              .filter(j -> incidentId.equals(j.getVariablesAsMap().get("incidentId")))
              .findFirst();
      if (ours.isPresent()) {
        return ours;
      }
    }
    return Optional.empty();
  }
}
