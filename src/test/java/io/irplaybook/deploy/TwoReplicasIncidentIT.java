package io.irplaybook.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's key end-to-end scenario on the production topology: one engine-only instance, two
 * service replicas, one PostgreSQL database (see {@link TwoReplicasOneEngineIT} for the start-up
 * itself). An incident is declared through replica A and its whole small-tier playbook is worked
 * through both replicas' REST APIs in turn, up to the closed incident; the notifications go to a
 * webhook receiver in this test.
 */
class TwoReplicasIncidentIT {

  private static final String ADMIN_PASSWORD = "replicas-admin-password";
  private static final String RESPONDER = "rhea";
  private static final String RESPONDER_PASSWORD = "replicas-responder-password";
  private static final Duration READY = Duration.ofSeconds(120);

  @Test
  void shouldShowEveryTaskOnceDeliverEveryNotificationOnceAndKeepOneAuditChainAcrossTwoReplicas()
      throws SQLException {
    // given an engine-only instance and two replicas on one database, with a webhook channel to
    // this test
    DeployDatabase.recreate();
    int enginePort = FreePort.fromPropertyOrFree("irp.test.engine-port");
    String gateway = "http://127.0.0.1:" + enginePort;
    Map<String, String> engineEnv = new HashMap<>(DeployDatabase.environment());
    engineEnv.put("IRP_SERVICE_ENABLED", "false");
    engineEnv.put("IRP_ENGINE_PORT", String.valueOf(enginePort));
    engineEnv.put("IRP_CAMUNDA_GRPC_ADDRESS", gateway);
    // The replicas' inboxes work on user tasks through the engine's REST API, beside the gateway.
    int restPort = FreePort.free();
    engineEnv.put("IRP_ENGINE_REST_PORT", String.valueOf(restPort));
    restAddress = "http://127.0.0.1:" + restPort;
    try (WebhookReceiver receiver = WebhookReceiver.start();
        PackagedApp engine =
            PackagedApp.start(
                "e2e-engine", FreePort.fromPropertyOrFree("irp.test.http-port"), engineEnv)) {
      engine.awaitReady(READY);
      Map<String, String> replicaEnv = replicaEnvironment(gateway, receiver.url());
      try (PackagedApp a = PackagedApp.start("e2e-replica-a", FreePort.free(), replicaEnv);
          PackagedApp b = PackagedApp.start("e2e-replica-b", FreePort.free(), replicaEnv)) {
        a.awaitReady(READY);
        b.awaitReady(READY);
        ReplicaApi adminA = new ReplicaApi("replica-a", a.baseUrl(), "admin", ADMIN_PASSWORD);
        ReplicaApi adminB = new ReplicaApi("replica-b", b.baseUrl(), "admin", ADMIN_PASSWORD);
        adminB.post(
            "/api/users",
            Map.of(
                "username",
                RESPONDER,
                "password",
                RESPONDER_PASSWORD,
                "roles",
                List.of("incident-commander", "network-admin", "comms")),
            201);
        List<ReplicaApi> responders =
            List.of(
                new ReplicaApi("replica-a", a.baseUrl(), RESPONDER, RESPONDER_PASSWORD),
                new ReplicaApi("replica-b", b.baseUrl(), RESPONDER, RESPONDER_PASSWORD));

        // when an incident is declared through replica A and its steps are worked through both
        // replicas
        JsonNode incident = adminA.post("/api/incidents", declaration(), 201);
        String incidentId = incident.path("id").asText();
        assertThat(incident.path("tier").asText()).isEqualTo("small");
        PlaybookWalker walker = new PlaybookWalker(responders, receiver);
        long walkStarted = System.nanoTime();
        walker.walkUntil(incidentId, "CLOSED", Duration.ofMinutes(5));
        long walkFinished = System.nanoTime();
        List<String> outbox = awaitOutboxSettled(incidentId, receiver);

        // then every task appeared once, on both replicas alike
        JsonNode tasksOnA =
            responders.get(0).get("/api/tasks?scope=all&status=any&incident=" + incidentId);
        JsonNode tasksOnB =
            responders.get(1).get("/api/tasks?scope=all&status=any&incident=" + incidentId);
        walker.noteDuplicates(tasksOnA, "replica A's final list");
        walker.noteDuplicates(tasksOnB, "replica B's final list");
        assertThat(walker.duplicates()).isEmpty();
        assertThat(ids(tasksOnA)).isEqualTo(ids(tasksOnB)).isEqualTo(walker.completed());
        assertThat(
                DeployDatabase.query(
                    "select job_key from audit_record where action = 'task.created'"
                        + " group by job_key having count(*) > 1"))
            .as("tasks created twice")
            .isEmpty();
        // and every notification was delivered exactly once
        assertThat(outbox).isNotEmpty();
        assertThat(receiver.deliveries())
            .containsOnlyKeys(outbox)
            .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
        // and both replicas verify the one audit chain, numbered without gaps
        List<String> bounds =
            DeployDatabase.query("select min(seq), max(seq), count(*) from audit_record").get(0);
        assertThat(bounds.get(0)).isEqualTo("1");
        assertThat(bounds.get(1)).isEqualTo(bounds.get(2));
        for (ReplicaApi admin : List.of(adminA, adminB)) {
          JsonNode verification = admin.get("/api/audit/verify");
          assertThat(verification.path("valid").asBoolean())
              .as(admin.name() + ": " + verification)
              .isTrue();
          assertThat(verification.path("checked").asLong())
              .isGreaterThanOrEqualTo(Long.parseLong(bounds.get(2)));
        }
        System.out.printf(
            "[replicas] %s: %d steps, %d REST calls, %d notifications, %s audit records, walked in %d ms%n",
            incidentId,
            walker.completed().size(),
            walker.calls(),
            outbox.size(),
            bounds.get(2),
            Duration.ofNanos(walkFinished - walkStarted).toMillis());
      }
    }
  }

  /** The engine-only instance's REST address, set before the replicas start. */
  private static String restAddress;

  private static Map<String, String> replicaEnvironment(String gateway, String webhookUrl) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Map<String, String> env = new HashMap<>(DeployDatabase.environment());
    env.put("IRP_ENGINE_ENABLED", "false");
    env.put("IRP_CAMUNDA_GRPC_ADDRESS", gateway);
    env.put("IRP_CAMUNDA_REST_ADDRESS", restAddress);
    env.put("IRP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    // Basic auth checks bcrypt on every call; the low cost keeps a few hundred calls cheap on CI.
    env.put("IRP_SECURITY_BCRYPT_COST", "4");
    env.put("IRP_INCIDENT_NOTIFY_CHANNELS", "ops");
    env.put("IRP_NOTIFY_CHANNELS_OPS_TYPE", "webhook");
    env.put("IRP_NOTIFY_CHANNELS_OPS_URL", webhookUrl);
    env.put("IRP_NOTIFY_CHANNELS_OPS_SECRET", "whsec_" + Base64.getEncoder().encodeToString(key));
    env.put("IRP_NOTIFY_ALLOW_HOSTS", "127.0.0.1");
    // Required once a channel exists: task notices link to the task's page there.
    env.put("IRP_PUBLIC_URL", "http://localhost:8080");
    return env;
  }

  private static Map<String, Object> declaration() {
    return Map.of(
        "title", "Cloud backup exposure (two replicas)",
        "scenario", "cloud-config-backup-exposure",
        "severity", "high",
        "organization",
            Map.of(
                "name",
                "Replica KK",
                "employees",
                10,
                "industry",
                "retail",
                "jurisdictions",
                List.of("JP"),
                "personalData",
                false,
                "locale",
                "en"),
        "assets", List.of(Map.of("name", "fw-hq", "kind", "firewall", "usedCloudBackup", true)));
  }

  /**
   * Waits until every outbox row of the incident is delivered and the receiver has them all, then
   * gives both dispatchers a few more passes, so a second delivery would show; returns the row ids.
   */
  private static List<String> awaitOutboxSettled(String incidentId, WebhookReceiver receiver)
      throws SQLException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<List<String>> rows = List.of();
    while (System.nanoTime() < deadline) {
      rows =
          DeployDatabase.query(
              "select id, status from notify_outbox where incident_id = '" + incidentId + "'");
      boolean settled =
          !rows.isEmpty() && rows.stream().allMatch(row -> row.get(1).equals("DELIVERED"));
      if (settled && receiver.deliveries().size() >= rows.size()) {
        // Three dispatch intervals (1 s each) on both replicas: a duplicate would arrive in these.
        receiver.awaitMoreThan(Integer.MAX_VALUE - 1, Duration.ofSeconds(3));
        return rows.stream().map(row -> row.get(0)).toList();
      }
      receiver.awaitMoreThan(receiver.total(), Duration.ofMillis(200));
    }
    throw new AssertionError(
        "The outbox of " + incidentId + " did not settle within 60 s: " + rows);
  }

  private static Set<Long> ids(JsonNode tasks) {
    Set<Long> ids = new HashSet<>();
    tasks.forEach(task -> ids.add(task.path("id").asLong()));
    return ids;
  }
}
