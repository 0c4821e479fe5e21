package io.irplaybook.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.irplaybook.audit.service.AuditExporter;
import io.irplaybook.audit.service.AuditHash;
import io.irplaybook.audit.service.ChainedRecord;
import io.irplaybook.audit.service.ExportFormat;
import io.irplaybook.audit.service.ExportRequest;
import io.irplaybook.audit.service.ManifestSigner;
import io.irplaybook.audit.service.StoredChainVerifier;
import io.irplaybook.audit.verify.Ed25519Keys;
import io.irplaybook.audit.verify.ExportVerification;
import io.irplaybook.audit.verify.ExportVerifier;
import io.irplaybook.platform.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, point 6: records appended now write engine keys as strings; a record an older release
 * appended (keys as JSON numbers, no key_format) stays in the chain, and the stored chain, an
 * export and the offline verifier all check it as it was hashed. Readers of the API get strings for
 * both.
 */
@QuarkusTest
class AuditKeyFormatTest {

  private static final long INSTANCE = 2251799813685249L;
  private static final long USER_TASK = 9007199254740993L; // beyond 2^53: partition 4 and up

  @Inject AuditTrail trail;
  @Inject AuditExporter exporter;
  @Inject StoredChainVerifier verifier;
  @Inject ManifestSigner signer;
  @Inject DataSource dataSource;

  @Test
  @TestSecurity(user = "ada", roles = Roles.AUDITOR)
  void shouldVerifyOldRecordsWithNumericKeysBesideNewOnesWithStringKeys() throws Exception {
    // given a record as the release before issue 18 appended it, then one appended now
    String incident = AuditTestData.newIncidentId();
    trail.append(AuditEvent.of("alice", "task.claimed", "task", "t-0").incident(incident).build());
    appendAsTheOldReleaseDid(incident);
    trail.append(
        AuditEvent.of("alice", "task.completed", "task", "t-2")
            .incident(incident)
            .processInstance(INSTANCE)
            .job(USER_TASK)
            .detail("userTaskKey", USER_TASK)
            .build());

    // when
    String export = exportJsonl();

    // then the stored chain and the export verify, each record in the form it was hashed in
    assertThat(verifier.verify().valid()).isTrue();
    assertThat(export)
        .contains("\"details\":{\"userTaskKey\":9007199254740993}")
        .contains("\"processInstanceKey\":2251799813685249,")
        .contains("\"details\":{\"userTaskKey\":\"9007199254740993\"}")
        .contains("\"jobKey\":\"9007199254740993\"")
        .contains("\"processInstanceKey\":\"2251799813685249\"");
    Path file = Files.createTempFile("audit-keys", ".jsonl");
    try {
      Files.writeString(file, export);
      ExportVerification verification =
          new ExportVerifier().verify(file, Ed25519Keys.publicKey(signer.publicKeyBase64()));
      assertThat(verification.status()).isEqualTo(ExportVerification.Status.VALID);
    } finally {
      Files.deleteIfExists(file);
    }
    // and the API gives strings for the keys of both records
    given()
        .queryParam("incident", incident)
        .get("/api/audit")
        .then()
        .statusCode(200)
        .body("[1].event.processInstanceKey", equalTo(Long.toString(INSTANCE)))
        .body("[1].event.details.userTaskKey", equalTo(Long.toString(USER_TASK)))
        .body("[2].event.jobKey", equalTo(Long.toString(USER_TASK)))
        .body("[2].event.details.userTaskKey", equalTo(Long.toString(USER_TASK)));
  }

  @Test
  @TestSecurity(user = "adm", roles = Roles.ADMIN)
  void shouldDescribeEngineKeysAsStringsInTheOpenApiDocument() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("components.schemas.AuditEvent.properties.processInstanceKey.type", equalTo("string"))
        .body("components.schemas.AuditEvent.properties.jobKey.type", equalTo("string"))
        .body(
            "components.schemas.IncidentView.properties.processInstanceKey.type", equalTo("string"))
        .body("components.schemas.TaskView.properties.id.type", equalTo("string"))
        .body("components.schemas.TaskView.properties.processInstanceKey.type", equalTo("string"));
  }

  /** The old release's INSERT: no key_format column, keys hashed as numbers. */
  private void appendAsTheOldReleaseDid(String incident) throws Exception {
    try (var connection = dataSource.getConnection();
        var head =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT seq, hash, recorded_at FROM audit_record ORDER BY seq DESC"
                        + " FETCH FIRST 1 ROWS ONLY")) {
      head.next();
      long seq = head.getLong(1) + 1;
      Instant time = head.getObject(3, OffsetDateTime.class).toInstant().plus(1, ChronoUnit.MILLIS);
      var record =
          new ChainedRecord(
                  seq,
                  time,
                  "alice",
                  null,
                  "task.assigned",
                  "task",
                  "t-1",
                  "success",
                  incident,
                  INSTANCE,
                  USER_TASK,
                  "{\"userTaskKey\":" + USER_TASK + "}",
                  head.getString(2).trim(),
                  null,
                  ChainedRecord.KEYS_AS_NUMBERS)
              .sealed();
      try (var insert =
          connection.prepareStatement(
              "INSERT INTO audit_record (seq, recorded_at, actor, source_ip, action, object_type,"
                  + " object_id, result, incident_id, process_instance_key, job_key, details,"
                  + " prev_hash, hash, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setLong(1, seq);
        insert.setObject(2, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
        insert.setString(3, record.actor());
        insert.setString(4, null);
        insert.setString(5, record.action());
        insert.setString(6, record.objectType());
        insert.setString(7, record.objectId());
        insert.setString(8, record.result());
        insert.setString(9, incident);
        insert.setLong(10, INSTANCE);
        insert.setLong(11, USER_TASK);
        insert.setString(12, record.details());
        insert.setString(13, record.prevHash());
        insert.setString(14, record.hash());
        insert.setString(15, record.canonical(true));
        insert.executeUpdate();
      }
      assertThat(record.hash()).isEqualTo(AuditHash.of(record.prevHash(), record.canonical(false)));
    }
  }

  private String exportJsonl() throws Exception {
    Path file = Files.createTempFile("audit-keys-export", ".jsonl");
    try {
      try (OutputStream out = Files.newOutputStream(file)) {
        exporter.export(new ExportRequest(ExportFormat.named("jsonl"), null, null, null), out);
      }
      return Files.readString(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
