package io.irplaybook.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * 50 responders working the steps of 200 active incidents for 10 minutes (issue 20, point 5): each
 * lists the open steps, takes one of its share, claims it, ticks its checklist, comments and
 * completes it, with a think time between actions. Before that, the responders' accounts are made
 * and the incidents declared, as a SIEM would. Every answer other than the expected status counts
 * as an error. Settings are system properties ({@code -Dload.responders=50}, see below).
 */
public class ResponderSimulation extends Simulation {

  private static final String BASE_URL =
      System.getProperty("load.baseUrl", "http://localhost:8080");
  private static final String ADMIN_PASSWORD = System.getProperty("load.adminPassword", "");
  private static final int RESPONDERS = Integer.getInteger("load.responders", 50);
  private static final int INCIDENTS = Integer.getInteger("load.incidents", 200);
  private static final int DECLARATIONS_PER_SECOND =
      Integer.getInteger("load.declarationsPerSecond", 5);
  private static final Duration DURATION =
      Duration.ofSeconds(Integer.getInteger("load.durationSeconds", 600));
  private static final Duration THINK_MIN =
      Duration.ofMillis(Integer.getInteger("load.thinkMinMillis", 500));
  private static final Duration THINK_MAX =
      Duration.ofMillis(Integer.getInteger("load.thinkMaxMillis", 1500));
  private static final String RESPONDER_PASSWORD = "load-responder-password";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROLES =
      "[\"incident-commander\",\"network-admin\",\"identity-admin\",\"forensics\",\"soc-analyst\","
          + "\"comms\",\"legal\",\"executive\",\"msp\"]";

  private final HttpProtocolBuilder protocol =
      http.baseUrl(BASE_URL).acceptHeader("application/json").contentTypeHeader("application/json");

  /** One account per responder; a second run finds them already there (409). */
  private final ScenarioBuilder accounts =
      scenario("accounts")
          .feed(responders())
          .exec(
              http("create responder")
                  .post("/api/users")
                  .basicAuth("admin", ADMIN_PASSWORD)
                  .body(
                      StringBody(
                          "{\"username\":\"#{user}\",\"password\":\""
                              + RESPONDER_PASSWORD
                              + "\",\"roles\":"
                              + ROLES
                              + "}"))
                  .check(status().in(201, 409)));

  private final ScenarioBuilder declarations =
      scenario("declarations")
          .exec(
              http("declare incident")
                  .post("/api/incidents")
                  .basicAuth("admin", ADMIN_PASSWORD)
                  .body(StringBody(session -> declaration()))
                  // 202: stored as PENDING_START because the engine did not answer in time; the
                  // service starts it later. Both are acknowledged answers.
                  .check(status().in(201, 202)));

  private final ScenarioBuilder responders =
      scenario("responders")
          .feed(responders())
          .during(DURATION)
          .on(
              exec(http("list open tasks")
                      .get("/api/tasks?scope=groups&status=open")
                      .basicAuth("#{user}", RESPONDER_PASSWORD)
                      .check(status().is(200), bodyString().saveAs("tasks")))
                  .exec(ResponderSimulation::pickTask)
                  .doIfOrElse(session -> session.contains("taskId"))
                  .then(work())
                  .orElse(pause(THINK_MAX)));

  {
    setUp(
            accounts
                .injectOpen(atOnceUsers(RESPONDERS))
                .andThen(
                    declarations
                        .injectOpen(
                            constantUsersPerSec(DECLARATIONS_PER_SECOND)
                                .during(Duration.ofSeconds(INCIDENTS / DECLARATIONS_PER_SECOND)))
                        .andThen(responders.injectOpen(atOnceUsers(RESPONDERS)))))
        .protocols(protocol);
  }

  private static ChainBuilder work() {
    return exec(http("claim")
            .post("/api/tasks/#{taskId}/claim")
            .basicAuth("#{user}", RESPONDER_PASSWORD)
            .check(status().is(200)))
        .pause(THINK_MIN, THINK_MAX)
        .foreach("#{items}", "position")
        .on(
            exec(http("tick checklist item")
                    .post("/api/tasks/#{taskId}/checklist/#{position}")
                    .basicAuth("#{user}", RESPONDER_PASSWORD)
                    .body(StringBody("{\"ticked\":true}"))
                    .check(status().is(200)))
                .pause(THINK_MIN, THINK_MAX))
        .exec(
            http("comment")
                .post("/api/tasks/#{taskId}/comments")
                .basicAuth("#{user}", RESPONDER_PASSWORD)
                .body(StringBody("{\"body\":\"Checked on the device; see the evidence.\"}"))
                .check(status().in(200, 201)))
        .pause(THINK_MIN, THINK_MAX)
        // A commander approves the incident's drafts before the step that sends them, as the
        // playbook requires (an unapproved draft stops the playbook with an engine incident).
        .exec(
            http("list drafts")
                .get("/api/comms/drafts?incident=#{incidentId}")
                .basicAuth("#{user}", RESPONDER_PASSWORD)
                .check(status().is(200), bodyString().saveAs("drafts")))
        .exec(ResponderSimulation::unapprovedDrafts)
        .foreach("#{unapproved}", "draftId")
        .on(
            exec(
                http("approve draft")
                    .post("/api/comms/drafts/#{draftId}/approve")
                    .basicAuth("#{user}", RESPONDER_PASSWORD)
                    .check(status().is(200))))
        .exec(
            http("complete")
                .post("/api/tasks/#{taskId}/complete")
                .basicAuth("#{user}", RESPONDER_PASSWORD)
                .body(StringBody("{\"variables\":{}}"))
                .check(status().is(200)))
        .pause(THINK_MIN, THINK_MAX);
  }

  /**
   * Takes an unclaimed open step of this responder's share (task id modulo the number of
   * responders), so two simulated people never race for one step: a real team splits the work too,
   * and a 409 here would measure the test, not the service.
   */
  private static Session pickTask(Session session) {
    try {
      int slot = session.getInt("slot");
      List<JsonNode> mine = new ArrayList<>();
      for (JsonNode task : JSON.readTree(session.getString("tasks"))) {
        boolean unclaimed = task.path("assignee").isNull() || task.path("assignee").isMissingNode();
        if (Math.floorMod(task.path("id").asLong(), RESPONDERS) == slot && unclaimed) {
          mine.add(task);
        }
      }
      Session cleared = session.remove("tasks").remove("taskId").remove("items");
      if (mine.isEmpty()) {
        return cleared;
      }
      JsonNode task = mine.get(ThreadLocalRandom.current().nextInt(mine.size()));
      List<Integer> items = new ArrayList<>();
      task.path("checklist")
          .forEach(
              item -> {
                if (!item.path("ticked").asBoolean()) {
                  items.add(item.path("position").asInt());
                }
              });
      return cleared
          .set("taskId", task.path("id").asLong())
          .set("incidentId", task.path("incidentId").asText())
          .set("items", items);
    } catch (Exception e) {
      return session.markAsFailed();
    }
  }

  private static Session unapprovedDrafts(Session session) {
    try {
      List<Long> ids = new ArrayList<>();
      for (JsonNode draft : JSON.readTree(session.getString("drafts"))) {
        if (!draft.path("approved").asBoolean()) {
          ids.add(draft.path("id").asLong());
        }
      }
      return session.remove("drafts").set("unapproved", ids);
    } catch (Exception e) {
      return session.markAsFailed();
    }
  }

  private static Iterator<Map<String, Object>> responders() {
    AtomicInteger next = new AtomicInteger();
    Supplier<Map<String, Object>> responder =
        () -> {
          int slot = next.getAndIncrement() % RESPONDERS;
          return Map.of("user", "load-responder-" + slot, "slot", slot);
        };
    return Stream.generate(responder).iterator();
  }

  private static final AtomicInteger DECLARED = new AtomicInteger();

  private static String declaration() {
    int n = DECLARED.incrementAndGet();
    return "{\"title\":\"Load test incident "
        + n
        + "\",\"scenario\":\"cloud-config-backup-exposure\",\"severity\":\"high\",\"organization\":{\"name\":\"Load KK "
        + n
        + "\",\"employees\":"
        + (n % 3 == 0 ? 120 : 20)
        + ",\"industry\":\"retail\",\"jurisdictions\":[\"JP\"],\"personalData\":false,\"locale\":\"en\"},"
        + "\"assets\":[{\"name\":\"fw-hq\",\"kind\":\"firewall\",\"usedCloudBackup\":true}]}";
  }
}
