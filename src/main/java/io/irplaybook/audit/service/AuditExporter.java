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
 * <p>A time range is turned into the sequence range it covers (record times never go backwards),
 * so an export without an incident filter is a contiguous piece of the chain.
 */
@ApplicationScoped
public class AuditExporter {

  private final DataSource dataSource;
  private final AuditStore store;
  private final ManifestSigner signer;
  private final AuditConfig config;
  private final Clock clock;

  public AuditExporter(DataSource dataSource, AuditStore store, ManifestSigner signer, AuditConfig config, Clock clock) {
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

  private Map<String, Object> write(Connection connection, ExportRequest request, java.io.Writer writer) throws Exception {
    var format = request.format();
    format.header(writer);
    var range = store.seqRange(connection, request.from(), request.to());
    var summary = new Summary();
    if (range.isPresent()) {
      store.stream(connection, range.get()[0], range.get()[1], request.incidentId(), config.fetchSize(), record -> {
        format.record(record, writer);
        summary.add(record);
      });
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
    manifest.put("lastHash", summary.lastHash);
    manifest.put("recordsDigest", HexFormat.of().formatHex(summary.digest.digest()));
    manifest.put("createdAt", ChainedRecord.TIME.format(clock.instant()));
    var signed = signer.sign(manifest);
    format.manifest(CanonicalJson.write(Map.of("manifest", signed)), writer);
    return signed;
  }

  /** Count, ends and the digest of the hashes in order (catches a record swapped for another). */
  static final class Summary {
    long count;
    Long firstSeq;
    Long lastSeq;
    String firstHash;
    String lastHash;
    final MessageDigest digest = AuditHash.sha256();

    void add(ChainedRecord record) {
      if (count == 0) {
        firstSeq = record.seq();
        firstHash = record.hash();
      }
      count++;
      lastSeq = record.seq();
      lastHash = record.hash();
      digest.update(record.hash().getBytes(StandardCharsets.US_ASCII));
    }
  }
}
