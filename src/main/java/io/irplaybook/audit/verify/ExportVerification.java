package io.irplaybook.audit.verify;

/**
 * What the offline verifier found.
 *
 * @param status whether the file checks, a record is broken, or the manifest is missing or forged
 * @param brokenSeq the sequence number of the first broken record (null when none, or when the
 *     break cannot be pinned to one record)
 * @param message one line for the operator
 */
public record ExportVerification(Status status, Long brokenSeq, String message) {

  public enum Status {
    VALID(0),
    BROKEN_RECORD(1),
    BAD_MANIFEST(2);

    public final int exitCode;

    Status(int exitCode) {
      this.exitCode = exitCode;
    }
  }
}
