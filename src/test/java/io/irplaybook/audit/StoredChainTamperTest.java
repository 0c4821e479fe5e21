package io.irplaybook.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.irplaybook.audit.service.StoredChainVerifier;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The stored-chain check finds rows changed or removed behind the application's back. */
@QuarkusTest
class StoredChainTamperTest {

  @Inject AuditTrail trail;

  @Inject StoredChainVerifier verifier;

  @Inject DataSource dataSource;

  @Test
  void shouldNameARowChangedByDirectSql() throws Exception {
    // given
    long seq = appendThree();
    try (Tampering tampering = new Tampering(dataSource.getConnection())) {
      Connection sql = tampering.connection;
      // when someone edits the middle record in the database
      sql.createStatement()
          .executeUpdate("UPDATE audit_record SET actor = 'mallory' WHERE seq = " + seq);
      try {
        var result = verifier.verify();

        // then
        assertThat(result.valid()).isFalse();
        assertThat(result.brokenSeq()).isEqualTo(seq);
        assertThat(result.reason()).contains("changed");
      } finally {
        sql.createStatement()
            .executeUpdate("UPDATE audit_record SET actor = 'alice' WHERE seq = " + seq);
      }
    }
    assertThat(verifier.verify().valid()).isTrue();
  }

  @Test
  void shouldNameAStoredExportLineChangedByDirectSql() throws Exception {
    // given
    long seq = appendThree();
    try (Tampering tampering = new Tampering(dataSource.getConnection())) {
      Connection sql = tampering.connection;
      // when someone edits only the line that JSONL exports copy (it is not part of the hash)
      sql.createStatement()
          .executeUpdate(
              "UPDATE audit_record SET line = REPLACE(line, '\"actor\":\"alice\"', '\"actor\":\"mallory\"') WHERE seq = "
                  + seq);
      try {
        var result = verifier.verify();

        // then
        assertThat(result.valid()).isFalse();
        assertThat(result.brokenSeq()).isEqualTo(seq);
        assertThat(result.reason()).contains("line was changed");
      } finally {
        sql.createStatement()
            .executeUpdate(
                "UPDATE audit_record SET line = REPLACE(line, '\"actor\":\"mallory\"', '\"actor\":\"alice\"') WHERE seq = "
                    + seq);
      }
    }
    assertThat(verifier.verify().valid()).isTrue();
  }

  @Test
  void shouldNameARowDeletedByDirectSql() throws Exception {
    // given
    long seq = appendThree();
    try (Tampering tampering = new Tampering(dataSource.getConnection())) {
      var statement = tampering.connection.createStatement();
      statement.execute(
          "CREATE TABLE audit_record_removed AS SELECT * FROM audit_record WHERE seq = " + seq);
      // when
      statement.executeUpdate("DELETE FROM audit_record WHERE seq = " + seq);
      try {
        var result = verifier.verify();

        // then
        assertThat(result.valid()).isFalse();
        assertThat(result.brokenSeq()).isEqualTo(seq);
        assertThat(result.reason()).contains("removed");
      } finally {
        statement.executeUpdate("INSERT INTO audit_record SELECT * FROM audit_record_removed");
        statement.execute("DROP TABLE audit_record_removed");
      }
    }
    assertThat(verifier.verify().valid()).isTrue();
  }

  @Test
  @EnabledIfSystemProperty(named = "irp.test.db", matches = "postgresql")
  void shouldRefuseUpdateAndDeleteOnPostgresql() throws Exception {
    // given
    long seq = appendThree();
    try (Connection sql = dataSource.getConnection()) {
      // when / then
      assertThatThrownBy(
              () ->
                  sql.createStatement()
                      .executeUpdate(
                          "UPDATE audit_record SET actor = 'mallory' WHERE seq = " + seq))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(
              () ->
                  sql.createStatement()
                      .executeUpdate("DELETE FROM audit_record WHERE seq = " + seq))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
    }
    assertThat(verifier.verify().valid()).isTrue();
  }

  /** Appends three records and returns the middle one's seq. */
  private long appendThree() {
    String incident = AuditTestData.newIncidentId();
    for (int i = 1; i <= 3; i++) {
      trail.append(
          AuditEvent.of("alice", "task.claimed", "task", "t-" + i).incident(incident).build());
    }
    return trail.forIncident(incident, 3).get(1).seq();
  }
}
