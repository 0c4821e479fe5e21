package io.irplaybook.audit.service;

import io.irplaybook.audit.config.AuditConfig;
import io.irplaybook.audit.service.ChainVerification.Anchor;
import io.irplaybook.audit.verify.AnchorCheck;
import io.irplaybook.audit.verify.Checkpoint;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Recomputes the stored chain from record 1: each hash from its row, each link to the record
 * before, sequence numbers without gaps, and each stored export line (migration V20_3) against the
 * row's columns. Finds rows changed or removed behind the application's back. Then compares the
 * table with the latest checkpoint, which finds what the chain alone cannot: its newest records
 * deleted, or records rewritten and the chain re-hashed after them.
 */
@ApplicationScoped
public class StoredChainVerifier {

  private final DataSource dataSource;
  private final AuditStore store;
  private final AuditConfig config;
  private final AuditCheckpoints checkpoints;
  private final ManifestSigner signer;

  public StoredChainVerifier(
      DataSource dataSource,
      AuditStore store,
      AuditConfig config,
      AuditCheckpoints checkpoints,
      ManifestSigner signer) {
    this.dataSource = dataSource;
    this.store = store;
    this.config = config;
    this.checkpoints = checkpoints;
    this.signer = signer;
  }

  public ChainVerification verify() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        return verify(connection);
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  /**
   * Verifies what {@code connection} sees, in its current transaction (which must not be in
   * auto-commit on PostgreSQL, or the rows are fetched all at once).
   */
  public ChainVerification verify(Connection connection) throws Exception {
    // Read before the rows: a checkpoint names only committed records, so every checkpoint that
    // exists before the query starts names a record the query sees, unless it was removed.
    var directory = checkpoints.directory();
    Optional<Checkpoint> checkpoint = Optional.empty();
    if (directory.isPresent()) {
      checkpoint = latest(directory.get());
    }
    var state = new State(checkpoint.map(Checkpoint::seq).orElse(-1L));
    try {
      store.stream(connection, 1, Long.MAX_VALUE, null, true, config.fetchSize(), state::check);
    } catch (Broken broken) {
      return ChainVerification.broken(state.checked, broken.seq, broken.getMessage());
    }
    String lastHash = state.prevHash.equals(AuditHash.GENESIS) ? null : state.prevHash;
    if (directory.isEmpty()) {
      return ChainVerification.ok(state.checked, lastHash, Anchor.off());
    }
    if (checkpoint.isEmpty()) {
      return ChainVerification.ok(
          state.checked, lastHash, Anchor.none(directory.get().path().toString()));
    }
    var check =
        AnchorCheck.compare(checkpoint.get(), state.expectedSeq - 1, state.hashAtCheckpoint);
    var anchor = Anchor.of(checkpoint.get(), check);
    return check.status() == AnchorCheck.Status.ANCHORED
        ? ChainVerification.ok(state.checked, lastHash, anchor)
        : ChainVerification.unanchored(state.checked, lastHash, check, anchor);
  }

  private Optional<Checkpoint> latest(CheckpointDirectory directory) {
    try {
      return directory.latest(signer.publicKey());
    } catch (IOException e) {
      throw new IllegalStateException(
          "Could not read the audit checkpoints in "
              + directory.path()
              + ": "
              + e.getMessage()
              + "; check that the directory is mounted and readable",
          e);
    }
  }

  private static final class State {
    final long checkpointSeq;
    long checked;
    long expectedSeq = 1;
    String prevHash = AuditHash.GENESIS;
    String hashAtCheckpoint;

    State(long checkpointSeq) {
      this.checkpointSeq = checkpointSeq;
    }

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
      if (record.seq() == checkpointSeq) {
        hashAtCheckpoint = record.hash();
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
