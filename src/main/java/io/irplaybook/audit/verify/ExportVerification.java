package io.irplaybook.audit.verify;

/**
 * What the offline verifier found.
 *
 * @param status whether the file checks, a record is broken, the manifest is missing or forged, or
 *     the checkpoint shows the export's table truncated or rewritten
 * @param brokenSeq the sequence number of the first broken record (null when none, or when the
 *     break cannot be pinned to one record)
 * @param message one line for the operator
 */
public record ExportVerification(Status status, Long brokenSeq, String message) {

  public enum Status {
    VALID(0),
    BROKEN_RECORD(1),
    BAD_MANIFEST(2),
    /** A full export ends before the record the checkpoint anchors. */
    TRUNCATED(3),
    /** The export's record at the checkpoint's seq has another hash than the checkpoint. */
    REWRITTEN(4),
    /** The checkpoint file does not parse or its signature fails. */
    BAD_CHECKPOINT(5);

    public final int exitCode;

    Status(int exitCode) {
      this.exitCode = exitCode;
    }
  }
}
