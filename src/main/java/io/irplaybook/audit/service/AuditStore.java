package io.irplaybook.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of the trail, on a connection the caller supplies (so an append runs inside the caller's
 * transaction and an export inside its own snapshot). Plain JDBC rather than Panache: rows are
 * inserted once, never updated, and exports stream millions of them without a persistence context.
 * There is deliberately no UPDATE or DELETE here.
 */
@ApplicationScoped
public class AuditStore {

  static final String COLUMNS =
      "seq, recorded_at, actor, source_ip, action, object_type, object_id, result,"
          + " incident_id, process_instance_key, job_key, details, prev_hash, hash, key_format";

  /** The last record of the chain: where the next append links to. */
  public record Head(long seq, String hash, Instant time) {}

  /** Waits for, then holds until the transaction ends, the single chain lock every append takes. */
  public void lockChain(Connection connection) throws SQLException {
    try (var statement =
            connection.prepareStatement("SELECT id FROM audit_chain_lock WHERE id = 1 FOR UPDATE");
        var rows = statement.executeQuery()) {
      if (!rows.next()) {
        throw new SQLException(
            "Expected the row of audit_chain_lock that migration V20_1 inserts, but it is missing");
      }
    }
  }

  public Optional<Head> head(Connection connection) throws SQLException {
    try (var statement =
            connection.prepareStatement(
                "SELECT seq, hash, recorded_at FROM audit_record ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY");
        var rows = statement.executeQuery()) {
      if (!rows.next()) {
        return Optional.empty();
      }
      return Optional.of(new Head(rows.getLong(1), rows.getString(2).trim(), instant(rows, 3)));
    }
  }

  /**
   * Inserts the record with its export line ({@code record.canonical(true)}, see migration V20_3);
   * a null line is what rows from before V20_3 carry.
   */
  public void insert(Connection connection, ChainedRecord record, String line) throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "INSERT INTO audit_record ("
                + COLUMNS
                + ", line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      bind(statement, record);
      statement.setString(16, line);
      statement.executeUpdate();
    }
  }

  /** Binds the 15 columns in {@link #COLUMNS} order (the benchmark's bulk loader reuses it). */
  public static void bind(PreparedStatement statement, ChainedRecord record) throws SQLException {
    statement.setLong(1, record.seq());
    statement.setObject(2, OffsetDateTime.ofInstant(record.time(), ZoneOffset.UTC));
    statement.setString(3, record.actor());
    statement.setString(4, record.sourceIp());
    statement.setString(5, record.action());
    statement.setString(6, record.objectType());
    statement.setString(7, record.objectId());
    statement.setString(8, record.result());
    statement.setString(9, record.incidentId());
    setLong(statement, 10, record.processInstanceKey());
    setLong(statement, 11, record.jobKey());
    statement.setString(12, record.details());
    statement.setString(13, record.prevHash());
    statement.setString(14, record.hash());
    statement.setInt(15, record.keyFormat());
  }

  public List<ChainedRecord> forIncident(Connection connection, String incidentId, int limit)
      throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM audit_record WHERE incident_id = ? ORDER BY seq FETCH FIRST "
                + Math.max(0, limit)
                + " ROWS ONLY")) {
      statement.setString(1, incidentId);
      try (var rows = statement.executeQuery()) {
        var records = new ArrayList<ChainedRecord>();
        while (rows.next()) {
          records.add(read(rows));
        }
        return records;
      }
    }
  }

  /** Receives rows one at a time while they stream from the database. */
  @FunctionalInterface
  public interface RowConsumer {
    void accept(StoredRecord row) throws Exception;
  }

  /**
   * Streams the records with {@code firstSeq <= seq <= lastSeq} (and of one incident when given) in
   * sequence order, with their stored export lines if {@code withLine} (else the lines stay unread
   * and null: CSV and OCSF have no use for them). On PostgreSQL the caller's connection must not be
   * in auto-commit, or the driver fetches every row before returning the first.
   */
  public long stream(
      Connection connection,
      long firstSeq,
      long lastSeq,
      String incidentId,
      boolean withLine,
      int fetchSize,
      RowConsumer consumer)
      throws Exception {
    String sql =
        "SELECT "
            + COLUMNS
            + (withLine ? ", line" : "")
            + " FROM audit_record WHERE seq BETWEEN ? AND ?"
            + (incidentId == null ? "" : " AND incident_id = ?")
            + " ORDER BY seq";
    long count = 0;
    try (var statement =
        connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      statement.setFetchSize(fetchSize);
      statement.setLong(1, firstSeq);
      statement.setLong(2, lastSeq);
      if (incidentId != null) {
        statement.setString(3, incidentId);
      }
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          consumer.accept(new StoredRecord(read(rows), withLine ? rows.getString(16) : null));
          count++;
        }
      }
    }
    return count;
  }

  /**
   * The runs {@code [first, last]} of consecutive sequence numbers within {@code firstSeq..lastSeq}
   * whose rows have no stored export line (appended before migration V20_3), in order. Usually
   * none, or one run at the start of the chain; PostgreSQL answers from the partial index of V20_4.
   */
  public List<long[]> runsWithoutLine(Connection connection, long firstSeq, long lastSeq)
      throws SQLException {
    // Gaps-and-islands: within one run, seq minus its rank among the line-less rows is constant.
    try (var statement =
        connection.prepareStatement(
            "SELECT MIN(seq), MAX(seq) FROM ("
                + "SELECT seq, seq - ROW_NUMBER() OVER (ORDER BY seq) AS run FROM audit_record"
                + " WHERE line IS NULL AND seq BETWEEN ? AND ?) without_line GROUP BY run ORDER BY 1")) {
      statement.setLong(1, firstSeq);
      statement.setLong(2, lastSeq);
      try (var rows = statement.executeQuery()) {
        var runs = new ArrayList<long[]>();
        while (rows.next()) {
          runs.add(new long[] {rows.getLong(1), rows.getLong(2)});
        }
        return runs;
      }
    }
  }

  /** The sequence range covering {@code from <= time < to}; either bound may be null (open). */
  public Optional<long[]> seqRange(Connection connection, Instant from, Instant to)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder("SELECT MIN(seq), MAX(seq) FROM audit_record WHERE 1 = 1");
    if (from != null) {
      sql.append(" AND recorded_at >= ?");
    }
    if (to != null) {
      sql.append(" AND recorded_at < ?");
    }
    try (var statement = connection.prepareStatement(sql.toString())) {
      int index = 1;
      if (from != null) {
        statement.setObject(index++, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
      }
      if (to != null) {
        statement.setObject(index, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
      }
      try (var rows = statement.executeQuery()) {
        rows.next();
        long min = rows.getLong(1);
        if (rows.wasNull()) {
          return Optional.empty();
        }
        return Optional.of(new long[] {min, rows.getLong(2)});
      }
    }
  }

  static ChainedRecord read(ResultSet rows) throws SQLException {
    return new ChainedRecord(
        rows.getLong(1),
        instant(rows, 2),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5),
        rows.getString(6),
        rows.getString(7),
        rows.getString(8),
        rows.getString(9),
        getLong(rows, 10),
        getLong(rows, 11),
        rows.getString(12),
        rows.getString(13).trim(),
        rows.getString(14).trim(),
        keyFormat(rows));
  }

  /** NULL on rows appended before migration V20_6: those wrote their keys as numbers. */
  private static int keyFormat(ResultSet rows) throws SQLException {
    int format = rows.getInt(15);
    return rows.wasNull() ? ChainedRecord.KEYS_AS_NUMBERS : format;
  }

  private static Instant instant(ResultSet rows, int column) throws SQLException {
    return rows.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static Long getLong(ResultSet rows, int column) throws SQLException {
    long value = rows.getLong(column);
    return rows.wasNull() ? null : value;
  }

  private static void setLong(PreparedStatement statement, int index, Long value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }
}
