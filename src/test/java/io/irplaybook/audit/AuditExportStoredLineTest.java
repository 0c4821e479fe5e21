package io.irplaybook.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.audit.service.AuditExporter;
import io.irplaybook.audit.service.ExportFormat;
import io.irplaybook.audit.service.ExportRequest;
import io.irplaybook.audit.service.StoredChainVerifier;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * JSONL exports copy the line stored with each record at append (migration V20_3); rows appended
 * before that column existed have none and are formatted from their columns. Both must give the
 * same bytes: on PostgreSQL the first path is binary COPY, the second the JDBC cursor.
 */
@QuarkusTest
class AuditExportStoredLineTest {

  @Inject AuditTrail trail;

  @Inject AuditExporter exporter;

  @Inject StoredChainVerifier verifier;

  @Inject DataSource dataSource;

  @Test
  void shouldExportTheSameBytesFromStoredLinesAndFromColumns() throws Exception {
    // given five records with text that needs escaping or is not ASCII, and absent values
    String incident = AuditTestData.newIncidentId();
    for (int i = 1; i <= 5; i++) {
      trail.append(
          AuditEvent.of("ålice-" + i, "task.commented", "task", "task \"" + i + "\"")
              .incident(incident)
              .detail(
                  "comment", "line\nbreak\ttab \\ back \"quoted\" \u0001 é 日本 \uD83D\uDE00 " + i)
              .detail("nested", Map.of("k", List.of(i, "v")))
              .build());
    }
    List<Long> seqs = trail.forIncident(incident, 5).stream().map(AuditRecord::seq).toList();
    try (var connection = dataSource.getConnection()) {
      boolean postgres =
          connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      // What puts the PostgreSQL run through COPY: the pool's connection unwraps to the driver's.
      assertThat(connection.isWrapperFor(PGConnection.class)).isEqualTo(postgres);
    }
    String allFromLines = records(export(null));
    String incidentFromLines = records(export(incident));

    try (Tampering tampering = new Tampering(dataSource.getConnection())) {
      var sql = tampering.connection.createStatement();
      sql.execute(
          "CREATE TABLE audit_line_saved AS SELECT seq, line FROM audit_record WHERE seq BETWEEN "
              + seqs.get(1)
              + " AND "
              + seqs.get(3));
      // when the middle three look like rows from before V20_3 (the export then mixes both paths)
      sql.executeUpdate(
          "UPDATE audit_record SET line = NULL WHERE seq BETWEEN "
              + seqs.get(1)
              + " AND "
              + seqs.get(3));
      try {
        String allFromColumns = records(export(null));
        String incidentFromColumns = records(export(incident));

        // then
        assertThat(allFromLines)
            .contains("\"objectId\":\"task \\\"3\\\"\"")
            .contains("日本 \uD83D\uDE00 3");
        // Others may append between the two exports, never before: the later export starts with the
        // earlier.
        assertThat(allFromColumns).startsWith(allFromLines);
        assertThat(incidentFromColumns).isEqualTo(incidentFromLines);
        assertThat(incidentFromLines.split("\n")).hasSize(5);
        assertThat(verifier.verify().valid()).as("rows without a line are legitimate").isTrue();
      } finally {
        sql.executeUpdate(
            "UPDATE audit_record SET line = (SELECT s.line FROM audit_line_saved s"
                + " WHERE s.seq = audit_record.seq) WHERE seq BETWEEN "
                + seqs.get(1)
                + " AND "
                + seqs.get(3));
        sql.execute("DROP TABLE audit_line_saved");
      }
    }
    assertThat(verifier.verify().valid()).isTrue();
  }

  private String export(String incident) throws Exception {
    var out = new ByteArrayOutputStream();
    exporter.export(new ExportRequest(ExportFormat.named("jsonl"), incident, null, null), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The export without its last line, the manifest (its creation time differs between exports). */
  private static String records(String export) {
    String body = export.substring(0, export.length() - 1);
    return body.substring(0, body.lastIndexOf('\n') + 1);
  }
}
