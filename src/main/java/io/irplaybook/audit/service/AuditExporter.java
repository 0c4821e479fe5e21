package io.irplaybook.audit.service;

import io.irplaybook.audit.config.AuditConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Streams an export: rows flow from a database cursor straight to the output, so memory stays flat
 * however many records there are. The whole export reads one snapshot (REPEATABLE READ), so the
 * manifest describes exactly the records written, even while other transactions append.
 *
 * <p>A time range is turned into the sequence range it covers (record times never go backwards), so
 * an export without an incident filter is a contiguous piece of the chain.
 *
 * <p>JSONL lines are not formatted here: each record's line was stored when it was appended
 * (migration V20_3), and the export copies it. On PostgreSQL, an export without an incident filter
 * streams the lines with binary COPY, as raw bytes ({@link PostgresLineCopy}); everywhere else the
 * cursor reads the rows and uses their stored lines. Rows from before V20_3 have no line and are
 * formatted from their columns, byte for byte what the stored line would be. This took the export
 * from 28-46 % of the rate of a plain COPY of the columns to above it (docs/benchmark.md, "Audit
 * export benchmark").
 */
@ApplicationScoped
public class AuditExporter {

  private final DataSource dataSource;
  private final AuditStore store;
  private final ManifestSigner signer;
  private final AuditConfig config;
  private final Clock clock;

  public AuditExporter(
      DataSource dataSource,
      AuditStore store,
      ManifestSigner signer,
      AuditConfig config,
      Clock clock) {
    this.dataSource = dataSource;
    this.store = store;
    this.signer = signer;
    this.config = config;
    this.clock = clock;
  }

  /** Writes the export to {@code output} and returns the signed manifest it ended with. */
  public Map<String, Object> export(ExportRequest request, OutputStream output) throws Exception {
    var writer = new Utf8Writer(output, 1 << 16);
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      int isolation = connection.getTransactionIsolation();
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        var manifest = write(connection, request, writer);
        connection.commit();
        return manifest;
      } finally {
        if (!connection.getAutoCommit()) {
          connection.rollback();
        }
        connection.setTransactionIsolation(isolation);
        connection.setAutoCommit(autoCommit);
      }
    } finally {
      writer.flush();
    }
  }

  private Map<String, Object> write(Connection connection, ExportRequest request, Utf8Writer writer)
      throws Exception {
    var format = request.format();
    format.header(writer);
    var range = store.seqRange(connection, request.from(), request.to());
    var summary = new Summary();
    if (range.isPresent()) {
      long first = range.get()[0];
      long last = range.get()[1];
      // Incident exports stay on the cursor: they are small, and COPY would need the id in its SQL
      // text.
      if (format instanceof JsonlFormat
          && request.incidentId() == null
          && PostgresLineCopy.supports(connection)) {
        copyLines(connection, first, last, format, writer, summary);
      } else {
        streamRows(connection, first, last, request.incidentId(), format, writer, summary);
      }
    }
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("version", 1L);
    manifest.put("format", format.name());
    manifest.put("incident", request.incidentId());
    manifest.put("from", request.from() == null ? null : ChainedRecord.TIME.format(request.from()));
    manifest.put("to", request.to() == null ? null : ChainedRecord.TIME.format(request.to()));
    manifest.put("contiguous", request.incidentId() == null);
    manifest.put("count", summary.count);
    manifest.put("firstSeq", summary.firstSeq);
    manifest.put("lastSeq", summary.lastSeq);
    manifest.put("firstHash", summary.firstHash);
    manifest.put("lastHash", summary.lastHash());
    manifest.put("recordsDigest", HexFormat.of().formatHex(summary.digest.digest()));
    manifest.put("createdAt", ChainedRecord.TIME.format(clock.instant()));
    var signed = signer.sign(manifest);
    format.manifest(CanonicalJson.write(Map.of("manifest", signed)), writer);
    return signed;
  }

  private void streamRows(
      Connection connection,
      long first,
      long last,
      String incidentId,
      ExportFormat format,
      Utf8Writer writer,
      Summary summary)
      throws Exception {
    store.stream(
        connection,
        first,
        last,
        incidentId,
        format.usesStoredLine(),
        config.fetchSize(),
        row -> {
          format.record(row, writer);
          summary.add(row.record());
        });
  }

  /** COPY for the stored lines; the cursor for the runs of rows from before V20_3, in between. */
  private void copyLines(
      Connection connection,
      long first,
      long last,
      ExportFormat format,
      Utf8Writer writer,
      Summary summary)
      throws Exception {
    var copy = new PostgresLineCopy();
    PostgresLineCopy.LineSink sink =
        (seq, bytes, hashOffset, lineOffset, lineLength) -> {
          writer.writeUtf8Line(bytes, lineOffset, lineLength);
          summary.add(seq, bytes, hashOffset);
        };
    long next = first;
    for (long[] run : store.runsWithoutLine(connection, first, last)) {
      if (next < run[0]) {
        copy.copy(connection, next, run[0] - 1, sink);
      }
      streamRows(connection, run[0], run[1], null, format, writer, summary);
      next = run[1] + 1;
    }
    if (next <= last) {
      copy.copy(connection, next, last, sink);
    }
  }

  /** Count, ends and the digest of the hashes in order (catches a record swapped for another). */
  static final class Summary {
    private static final int HASH_LENGTH = 64;
    long count;
    Long firstSeq;
    Long lastSeq;
    String firstHash;
    final MessageDigest digest = AuditHash.sha256();

    private final byte[] last = new byte[HASH_LENGTH];

    void add(ChainedRecord record) {
      byte[] hash = record.hash().getBytes(StandardCharsets.US_ASCII);
      add(record.seq(), hash, 0);
    }

    /** {@code hash} holds the record's 64 hex digits in ASCII at {@code offset}. */
    void add(long seq, byte[] hash, int offset) {
      if (count == 0) {
        firstSeq = seq;
        firstHash = new String(hash, offset, HASH_LENGTH, StandardCharsets.US_ASCII);
      }
      count++;
      lastSeq = seq;
      // Kept as bytes and made a string once at the end: a million strings nobody reads are
      // garbage.
      System.arraycopy(hash, offset, last, 0, HASH_LENGTH);
      digest.update(hash, offset, HASH_LENGTH);
    }

    String lastHash() {
      return count == 0 ? null : new String(last, StandardCharsets.US_ASCII);
    }
  }
}
