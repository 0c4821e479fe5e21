package io.irplaybook.audit.service;

/**
 * The outcome of checking a chain.
 *
 * @param valid whether every record checked
 * @param checked how many records were read
 * @param brokenSeq the sequence number of the first record that does not check, or null
 * @param reason a sentence saying what is wrong with it, or null
 * @param lastHash the hash of the last record read, or null
 */
public record ChainVerification(
    boolean valid, long checked, Long brokenSeq, String reason, String lastHash) {

  public static ChainVerification ok(long checked, String lastHash) {
    return new ChainVerification(true, checked, null, null, lastHash);
  }

  public static ChainVerification broken(long checked, long seq, String reason) {
    return new ChainVerification(false, checked, seq, reason, null);
  }
}
