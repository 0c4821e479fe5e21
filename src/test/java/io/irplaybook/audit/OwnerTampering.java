package io.irplaybook.audit;

import io.irplaybook.audit.service.ChainedRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What someone holding the audit table owner's role can do, inside one transaction that is rolled
 * back at the end (so no other test sees it): disable the append-only trigger (PostgreSQL; H2 has
 * none), delete the newest rows, or rewrite a row and re-hash the chain after it. It holds the
 * chain lock meanwhile, so no append interleaves.
 */
final class OwnerTampering implements AutoCloseable {

  final Connection connection;

  OwnerTampering(Connection connection) throws SQLException {
    this.connection = connection;
    connection.setAutoCommit(false);
    try (var statement = connection.createStatement()) {
      statement.executeQuery("SELECT id FROM audit_chain_lock WHERE id = 1 FOR UPDATE").close();
      if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
        statement.execute("ALTER TABLE audit_record DISABLE TRIGGER audit_record_append_only");
      }
    }
  }

  /** Deletes every record from {@code seq} on. */
  void deleteFrom(long seq) throws SQLException {
    try (var statement = connection.prepareStatement("DELETE FROM audit_record WHERE seq >= ?")) {
      statement.setLong(1, seq);
      statement.executeUpdate();
    }
  }

  /**
   * Changes record {@code seq} with {@code change}, then recomputes its hash, the stored export
   * line and every later record's link and hash, so the chain checks again from record 1.
   */
  void rewriteAndRehash(long seq, UnaryOperator<ChainedRecord> change) throws SQLException {
    List<ChainedRecord> rows = new ArrayList<>();
    String prevHash;
    try (var statement =
        connection.prepareStatement(
            "SELECT seq, recorded_at, actor, source_ip, action, object_type, object_id, result,"
                + " incident_id, process_instance_key, job_key, details, prev_hash, hash,"
                + " key_format FROM audit_record WHERE seq >= ? ORDER BY seq")) {
      statement.setLong(1, seq);
      try (var result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(
              new ChainedRecord(
                  result.getLong(1),
                  result.getObject(2, OffsetDateTime.class).toInstant(),
                  result.getString(3),
                  result.getString(4),
                  result.getString(5),
                  result.getString(6),
                  result.getString(7),
                  result.getString(8),
                  result.getString(9),
                  result.getObject(10, Long.class),
                  result.getObject(11, Long.class),
                  result.getString(12),
                  result.getString(13).trim(),
                  result.getString(14).trim(),
                  result.getObject(15) == null
                      ? ChainedRecord.KEYS_AS_NUMBERS
                      : result.getInt(15)));
        }
      }
    }
    prevHash = rows.get(0).prevHash();
    try (var update =
        connection.prepareStatement(
            "UPDATE audit_record SET actor = ?, prev_hash = ?, hash = ?, line = ? WHERE seq = ?")) {
      for (ChainedRecord row : rows) {
        ChainedRecord changed = row.seq() == seq ? change.apply(row) : row;
        ChainedRecord sealed = withPrevHash(changed, prevHash).sealed();
        update.setString(1, sealed.actor());
        update.setString(2, sealed.prevHash());
        update.setString(3, sealed.hash());
        update.setString(4, sealed.canonical(true));
        update.setLong(5, sealed.seq());
        update.executeUpdate();
        prevHash = sealed.hash();
      }
    }
  }

  static ChainedRecord withActor(ChainedRecord r, String actor) {
    return new ChainedRecord(
        r.seq(),
        r.time(),
        actor,
        r.sourceIp(),
        r.action(),
        r.objectType(),
        r.objectId(),
        r.result(),
        r.incidentId(),
        r.processInstanceKey(),
        r.jobKey(),
        r.details(),
        r.prevHash(),
        r.hash(),
        r.keyFormat());
  }

  private static ChainedRecord withPrevHash(ChainedRecord r, String prevHash) {
    return new ChainedRecord(
        r.seq(),
        r.time(),
        r.actor(),
        r.sourceIp(),
        r.action(),
        r.objectType(),
        r.objectId(),
        r.result(),
        r.incidentId(),
        r.processInstanceKey(),
        r.jobKey(),
        r.details(),
        prevHash,
        null,
        r.keyFormat());
  }

  /** Rolls everything back, the trigger's state included (PostgreSQL DDL is transactional). */
  @Override
  public void close() throws SQLException {
    try {
      connection.rollback();
      connection.setAutoCommit(true);
    } finally {
      connection.close();
    }
  }
}
