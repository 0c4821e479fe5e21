package io.irplaybook.audit.service;

import io.irplaybook.audit.config.AuditConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * Recomputes the stored chain from record 1: each hash from its row, each link to the record
 * before, and sequence numbers without gaps. Finds rows changed or removed behind the application's back.
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
          store.stream(connection, 1, Long.MAX_VALUE, null, config.fetchSize(), state::check);
        } catch (Broken broken) {
          return ChainVerification.broken(state.checked, broken.seq, broken.getMessage());
        }
        return ChainVerification.ok(state.checked, state.prevHash.equals(AuditHash.GENESIS) ? null : state.prevHash);
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

    void check(ChainedRecord record) throws Broken {
      checked++;
      if (record.seq() != expectedSeq) {
        throw new Broken(expectedSeq, "Expected record " + expectedSeq + ", but the next stored record is "
            + record.seq() + ": record " + expectedSeq + " was removed");
      }
      if (!record.prevHash().equals(prevHash)) {
        throw new Broken(record.seq(), "Expected prevHash " + prevHash + " (the hash of record " + (expectedSeq - 1)
            + "), but the record carries " + record.prevHash());
      }
      String computed = record.computeHash();
      if (!computed.equals(record.hash())) {
        throw new Broken(record.seq(), "Expected hash " + record.hash() + " as stored, but the record's content hashes to "
            + computed + ": the row was changed");
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
