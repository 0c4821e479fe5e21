package io.irplaybook.audit.service;

import io.irplaybook.audit.config.AuditConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * Recomputes the stored chain from record 1: each hash from its row, each link to the record
 * before, sequence numbers without gaps, and each stored export line (migration V20_3) against the
 * row's columns. Finds rows changed or removed behind the application's back.
 */
@ApplicationScoped
public class StoredChainVerifier {

  private final DataSource dataSource;
  private final AuditStore store;
  private final AuditConfig config;

  public StoredChainVerifier(DataSource dataSource, AuditStore store, AuditConfig config) {
    this.dataSource = dataSource;
    this.store = store;
    this.config = config;
  }

  public ChainVerification verify() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        var state = new State();
        try {
          store.stream(connection, 1, Long.MAX_VALUE, null, true, config.fetchSize(), state::check);
        } catch (Broken broken) {
          return ChainVerification.broken(state.checked, broken.seq, broken.getMessage());
        }
        return ChainVerification.ok(
            state.checked, state.prevHash.equals(AuditHash.GENESIS) ? null : state.prevHash);
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private static final class State {
    long checked;
    long expectedSeq = 1;
    String prevHash = AuditHash.GENESIS;

    void check(StoredRecord row) throws Broken {
      var record = row.record();
      checked++;
      if (record.seq() != expectedSeq) {
        throw new Broken(
            expectedSeq,
            "Expected record "
                + expectedSeq
                + ", but the next stored record is "
                + record.seq()
                + ": record "
                + expectedSeq
                + " was removed");
      }
      if (!record.prevHash().equals(prevHash)) {
        throw new Broken(
            record.seq(),
            "Expected prevHash "
                + prevHash
                + " (the hash of record "
                + (expectedSeq - 1)
                + "), but the record carries "
                + record.prevHash());
      }
      String computed = record.computeHash();
      if (!computed.equals(record.hash())) {
        throw new Broken(
            record.seq(),
            "Expected hash "
                + record.hash()
                + " as stored, but the record's content hashes to "
                + computed
                + ": the row was changed");
      }
      // The line is not hashed, so an edit to it alone would pass the checks above yet reach every
      // JSONL export.
      if (row.line() != null && !row.line().equals(record.canonical(true))) {
        throw new Broken(
            record.seq(),
            "Expected the stored export line of record "
                + record.seq()
                + " to be its canonical JSON as its columns give it, but it differs: the line was changed");
      }
      prevHash = record.hash();
      expectedSeq++;
    }
  }

  private static final class Broken extends Exception {
    final long seq;

    Broken(long seq, String message) {
      super(message, null, false, false);
      this.seq = seq;
    }
  }
}
