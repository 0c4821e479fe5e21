package io.irplaybook.incident;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Request bodies and waits shared by the incident tests; waits poll the engine with long polling,
 * never sleep.
 */
public final class IncidentFixtures {

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
   * Waits until a user task of this incident is open and returns the variables it sees (the
   * innermost scope's value of each name). The incident is recognised by its {@code incidentId}
   * variable rather than by process instance, because the playbook runs as a called process with an
   * instance of its own.
   */
  public static Optional<Map<String, Object>> waitingUserTask(
      CamundaClient client, String incidentId, Duration within) {
    Instant deadline = Instant.now().plus(within);
    while (Instant.now().isBefore(deadline)) {
      Optional<UserTask> ours =
          client
              .newUserTaskSearchRequest()
              .filter(
                  f ->
                      f.state(UserTaskState.CREATED)
                          // compared as JSON text, as Camunda stores variables
                          .processInstanceVariables(Map.of("incidentId", json(incidentId))))
              .send()
              .join()
              .items()
              .stream()
              .findFirst();
      if (ours.isPresent()) {
        return Optional.of(variables(client, ours.get().getUserTaskKey()));
      }
      client.newTopologyRequest().send().join(); // a round trip to the engine instead of a sleep
    }
    return Optional.empty();
  }

  private static Map<String, Object> variables(CamundaClient client, long userTaskKey) {
    Map<String, Variable> innermost = new HashMap<>();
    for (Variable v :
        client
            .newUserTaskVariableSearchRequest(userTaskKey)
            .withFullValues()
            .page(p -> p.limit(1000))
            .send()
            .join()
            .items()) {
      innermost.merge(v.getName(), v, (a, b) -> a.getScopeKey() >= b.getScopeKey() ? a : b);
    }
    Map<String, Object> values = new HashMap<>();
    innermost.forEach(
        (name, v) -> {
          try {
            values.put(name, JSON.readValue(v.getValue(), Object.class));
          } catch (Exception e) {
            throw new IllegalStateException(
                "Variable " + name + " is not JSON: " + v.getValue(), e);
          }
        });
    return values;
  }
}
