package io.irplaybook.audit.verify;

/**
 * Compares a trail (the table, or a full export) with a checkpoint taken earlier: the record the
 * checkpoint names must still be there, with the same hash. A self-consistent chain that fails this
 * lost its newest records (truncation) or was rewritten and re-hashed (rewrite).
 *
 * @param status what the comparison found
 * @param seq the record it concerns: the first missing record for truncation, the checkpoint's
 *     record otherwise
 * @param message one sentence for the operator, with what to do
 */
public record AnchorCheck(Status status, long seq, String message) {

  public enum Status {
    /** The record the checkpoint names is there with the checkpoint's hash. */
    ANCHORED,
    /** The trail ends before the checkpoint's record: its newest records were deleted. */
    TRUNCATED,
    /** The checkpoint's record has another hash: it or a record before it was rewritten. */
    REWRITTEN
  }

  /**
   * @param checkpoint the latest checkpoint, its signature already checked
   * @param lastSeq the trail's last record, or 0 when it holds none
   * @param hashAtCheckpoint the hash of the trail's record at {@code checkpoint.seq()}, or null
   *     when there is none
   */
  public static AnchorCheck compare(Checkpoint checkpoint, long lastSeq, String hashAtCheckpoint) {
    long seq = checkpoint.seq();
    String anchoredBy =
        "checkpoint "
            + checkpoint.source()
            + " (taken "
            + checkpoint.createdAt()
            + ") anchors record "
            + seq
            + " with hash "
            + checkpoint.hash();
    if (lastSeq < seq || hashAtCheckpoint == null) {
      long firstMissing = Math.min(lastSeq, seq - 1) + 1;
      return new AnchorCheck(
          Status.TRUNCATED,
          firstMissing,
          "TRUNCATED at seq "
              + firstMissing
              + ": the "
              + anchoredBy
              + ", but the trail ends at record "
              + lastSeq
              + ", so records "
              + firstMissing
              + " to "
              + seq
              + " (and any after) were deleted. Restore them from a backup or an export taken"
              + " after the checkpoint, and find out who used the audit table owner's role.");
    }
    if (!checkpoint.hash().equals(hashAtCheckpoint)) {
      return new AnchorCheck(
          Status.REWRITTEN,
          seq,
          "REWRITTEN at or before seq "
              + seq
              + ": the "
              + anchoredBy
              + ", but that record now hashes to "
              + hashAtCheckpoint
              + ", so it or a record before it was changed and the chain re-hashed. Compare the"
              + " table with an export or a backup taken before the checkpoint to find the first"
              + " changed record, and find out who used the audit table owner's role.");
    }
    return new AnchorCheck(
        Status.ANCHORED, seq, "The " + anchoredBy + ", and the trail still holds it unchanged.");
  }
}
