package io.irplaybook.audit.service;

/**
 * A row of the trail as read back: the record's columns, and the export line stored with it at
 * append (migration V20_3), which is null on rows appended before that column existed.
 */
public record StoredRecord(ChainedRecord record, String line) {

  /** The JSONL line of this record: the stored one, or the same text formatted from the columns. */
  public String exportLine() {
    return line != null ? line : record.canonical(true);
  }
}
