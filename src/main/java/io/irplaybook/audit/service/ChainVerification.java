package io.irplaybook.audit.service;

import io.irplaybook.audit.verify.AnchorCheck;
import io.irplaybook.audit.verify.Checkpoint;

/**
 * The outcome of checking the stored chain.
 *
 * @param valid whether every record checked and the latest checkpoint, if any, still matches
 * @param checked how many records were read
 * @param brokenSeq the sequence number of the first record that does not check, or of the record
 *     where a checkpoint shows truncation or rewrite; null when valid
 * @param reason a sentence saying what is wrong and what to do, or null
 * @param lastHash the hash of the last record read, or null
 * @param anchor the comparison with the latest checkpoint; null when the chain itself is broken
 */
public record ChainVerification(
    boolean valid, long checked, Long brokenSeq, String reason, String lastHash, Anchor anchor) {

  /**
   * The comparison of the table with the latest checkpoint.
   *
   * @param status {@code ANCHORED}, {@code TRUNCATED} or {@code REWRITTEN}; {@code NO_CHECKPOINT}
   *     when checkpoints are on but none was written yet; {@code OFF} when {@code
   *     irp.audit.checkpoint.directory} is not set
   * @param checkpointSeq the record the checkpoint anchors, or null
   * @param checkpointHash its hash in the checkpoint, or null
   * @param checkpointCreatedAt when the checkpoint was taken, or null
   * @param checkpointFile the checkpoint's file, or null
   * @param message a sentence for the operator
   */
  public record Anchor(
      String status,
      Long checkpointSeq,
      String checkpointHash,
      String checkpointCreatedAt,
      String checkpointFile,
      String message) {

    static Anchor off() {
      return new Anchor(
          "OFF",
          null,
          null,
          null,
          null,
          "Checkpoints are off (irp.audit.checkpoint.directory is not set): deleting the newest"
              + " records would go unnoticed.");
    }

    static Anchor none(String directory) {
      return new Anchor(
          "NO_CHECKPOINT", null, null, null, null, "No valid checkpoint in " + directory + " yet.");
    }

    static Anchor of(Checkpoint checkpoint, AnchorCheck check) {
      return new Anchor(
          check.status().name(),
          checkpoint.seq(),
          checkpoint.hash(),
          checkpoint.createdAt(),
          checkpoint.source(),
          check.message());
    }
  }

  public static ChainVerification ok(long checked, String lastHash, Anchor anchor) {
    return new ChainVerification(true, checked, null, null, lastHash, anchor);
  }

  public static ChainVerification broken(long checked, long seq, String reason) {
    return new ChainVerification(false, checked, seq, reason, null, null);
  }

  /** A self-consistent chain that the checkpoint shows truncated or rewritten. */
  public static ChainVerification unanchored(
      long checked, String lastHash, AnchorCheck check, Anchor anchor) {
    return new ChainVerification(false, checked, check.seq(), check.message(), lastHash, anchor);
  }
}
