package io.irplaybook.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.platform.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Canary secrets planted in configuration appear 0 times in exports and logs, even when a feature
 * hands one to the trail by mistake (issue 8).
 */
@QuarkusTest
@TestProfile(CanarySecretTest.Canaries.class)
class CanarySecretTest {

  static final String WEBHOOK = "https://hooks.example.invalid/services/CANARY-WEBHOOK-7f3a9c";
  static final String PASSWORD = "CANARY-PASSWORD-51be02";
  static final String SIGNING_KEY = newSigningKey();
  static final Path LOG = Path.of("target", "audit-canary.log");

  public static class Canaries implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "irp.audit.signing-key",
          SIGNING_KEY,
          "irp.test.canary.channels.ops.url",
          WEBHOOK,
          "irp.test.canary.smtp-password",
          PASSWORD,
          "quarkus.log.file.enabled",
          "true",
          "quarkus.log.file.path",
          LOG.toString(),
          "quarkus.log.file.level",
          "DEBUG",
          "quarkus.log.category.\"io.irplaybook\".level",
          "DEBUG");
    }
  }

  @Inject AuditTrail trail;

  @Test
  @TestSecurity(user = "ada", roles = Roles.AUDITOR)
  void shouldKeepConfiguredSecretsOutOfEveryExportFormatAndTheLog() throws Exception {
    // given a careless caller that passes secrets into an event
    String incident = AuditTestData.newIncidentId();
    trail.append(
        AuditEvent.of("system:notify", "notification.attempted", "channel", "slack " + WEBHOOK)
            .incident(incident)
            .detail("url", WEBHOOK)
            .detail("note", "smtp login with " + PASSWORD + " failed")
            .detail("smtpPassword", "whatever-it-is")
            .detail("nested", Map.of("key", SIGNING_KEY, "list", List.of(PASSWORD)))
            .build());

    // when
    String exports =
        String.join(
            "\n",
            export("jsonl", incident),
            export("csv", incident),
            export("ocsf", incident),
            export("jsonl", null));
    String log = Files.readString(LOG);

    // then
    for (String canary : List.of(WEBHOOK, PASSWORD, SIGNING_KEY, "whatever-it-is")) {
      assertThat(occurrences(exports, canary)).as("in exports: " + canary).isZero();
      assertThat(occurrences(log, canary)).as("in the log: " + canary).isZero();
    }
    assertThat(exports).contains("notification.attempted").contains("[redacted]");
    assertThat(log)
        .contains("Audit export manifests are signed with Ed25519 public key")
        .contains("notification.attempted");
  }

  private static String export(String format, String incident) {
    var request = given().queryParam("format", format);
    if (incident != null) {
      request = request.queryParam("incident", incident);
    }
    return request.when().get("/api/audit/export").then().statusCode(200).extract().asString();
  }

  private static int occurrences(String text, String canary) {
    return (int) Pattern.compile(Pattern.quote(canary)).matcher(text).results().count();
  }

  /**
   * A fixed 32-byte seed, not a random key: Quarkus loads the profile in the application's class
   * loader as well as the test's, and the canary the test looks for must be the key the service
   * got.
   */
  private static String newSigningKey() {
    byte[] seed = "CANARY-SIGNING-SEED-0123456789ab".getBytes(StandardCharsets.US_ASCII);
    return Base64.getEncoder().encodeToString(seed);
  }
}
