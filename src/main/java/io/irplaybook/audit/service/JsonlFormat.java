package io.irplaybook.audit.service;

import java.io.IOException;
import java.io.Writer;

/** One record per line in its canonical JSON (with {@code hash}); the manifest is the last line. */
public final class JsonlFormat implements ExportFormat {

  private final StringBuilder line = new StringBuilder(1024);
  private char[] chars = new char[2048];

  @Override
  public String name() {
    return "jsonl";
  }

  @Override
  public String mediaType() {
    return "application/jsonl";
  }

  @Override
  public String fileExtension() {
    return "jsonl";
  }

  @Override
  public void record(ChainedRecord record, Writer out) throws IOException {
    line.setLength(0);
    record.writeCanonical(line, true);
    line.append('\n');
    // Straight from the builder's characters: Writer.append(CharSequence) would copy into a String
    // first.
    int length = line.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
    }
    line.getChars(0, length, chars, 0);
    out.write(chars, 0, length);
  }

  @Override
  public boolean usesStoredLine() {
    return true;
  }

  /** The line stored at append when there is one (the same text, already made); else formatted. */
  @Override
  public void record(StoredRecord row, Writer out) throws IOException {
    if (row.line() == null) {
      record(row.record(), out);
    } else {
      out.write(row.line());
      out.write('\n');
    }
  }

  @Override
  public void manifest(String manifestLine, Writer out) throws IOException {
    out.write(manifestLine);
    out.write('\n');
  }
}
