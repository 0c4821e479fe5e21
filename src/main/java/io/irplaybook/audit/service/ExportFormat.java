package io.irplaybook.audit.service;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** How one export format writes the records and the signed manifest. */
public interface ExportFormat {

  String name();

  String mediaType();

  String fileExtension();

  default void header(Writer out) throws IOException {}

  void record(ChainedRecord record, Writer out) throws IOException;

  /**
   * Whether {@link #record(StoredRecord, Writer)} uses the stored JSONL line (else it is not even
   * read).
   */
  default boolean usesStoredLine() {
    return false;
  }

  /** A stored row; formats that have no use for the stored JSONL line write it from its columns. */
  default void record(StoredRecord row, Writer out) throws IOException {
    record(row.record(), out);
  }

  /** {@code manifestLine} is {@code {"manifest":{...}}} in canonical JSON. */
  void manifest(String manifestLine, Writer out) throws IOException;

  static ExportFormat named(String name) {
    return switch (name == null ? "jsonl" : name.toLowerCase(Locale.ROOT)) {
      case "jsonl" -> new JsonlFormat();
      case "csv" -> new CsvFormat();
      case "ocsf" -> new OcsfFormat();
      default ->
          throw new IllegalArgumentException(
              "Expected format jsonl, csv or ocsf, but got '"
                  + name
                  + "'; choose one of the three");
    };
  }
}
