package io.irplaybook.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.audit.service.AuditHash;
import io.irplaybook.audit.service.AuditStore;
import io.irplaybook.audit.service.CanonicalJson;
import io.irplaybook.audit.service.ChainedRecord;
import io.irplaybook.audit.service.EngineKeys;
import io.irplaybook.audit.service.SecretValues;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Where every feature reports what happened: an append-only, hash-chained table. {@link #append}
 * joins the caller's transaction, so a record commits or rolls back together with the change it
 * describes, and takes the chain lock until that transaction ends, so appends from every replica
 * form one gap-free chain (README, "Audit trail").
 */
@ApplicationScoped
public class AuditTrail {

  private static final Logger LOG = Logger.getLogger(AuditTrail.class);
  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};
  static final int MAX_DETAILS = 100_000;

  private final DataSource dataSource;
  private final AuditStore store;
  private final SecretValues secrets;
  private final Clock clock;
  private final ObjectMapper json;
  private final Counter appends;

  public AuditTrail(
      DataSource dataSource,
      AuditStore store,
      SecretValues secrets,
      Clock clock,
      ObjectMapper json,
      MeterRegistry registry) {
    this.dataSource = dataSource;
    this.store = store;
    this.secrets = secrets;
    this.clock = clock;
    this.json = json;
    // Counted when the insert is sent, not at commit: a rolled-back business change counts too,
    // so compare rates, not totals, with the chain's length.
    this.appends =
        Counter.builder("irp.audit.appends")
            .description("Records appended to the audit trail by this replica")
            .register(registry);
  }

  @Transactional(TxType.REQUIRED)
  public void append(AuditEvent event) {
    var scrub = secrets.normalizer();
    String details = CanonicalJson.write(scrub.normalize(event.details()));
    if (details.length() > MAX_DETAILS) {
      // The column holds 100,000 characters; a record that says so beats a failed business
      // transaction.
      details =
          CanonicalJson.write(
              Map.of(
                  "omitted",
                  "details exceeded " + MAX_DETAILS + " characters",
                  "length",
                  (long) details.length()));
    }
    // The same connection as the caller's other statements: Agroal binds one per JTA transaction.
    try (var connection = dataSource.getConnection()) {
      store.lockChain(connection);
      var head = store.head(connection);
      long seq = head.map(h -> h.seq() + 1).orElse(1L);
      String prevHash = head.map(AuditStore.Head::hash).orElse(AuditHash.GENESIS);
      // Never earlier than the record before: another replica's clock may lag, and time ranges of
      // an
      // export are translated into sequence ranges.
      Instant now = clock.instant();
      Instant time = head.map(h -> h.time().isAfter(now) ? h.time() : now).orElse(now);
      var record =
          new ChainedRecord(
                  seq,
                  time,
                  scrub.scrub(event.actor()),
                  event.sourceIp(),
                  event.action(),
                  event.objectType(),
                  scrub.scrub(event.objectId()),
                  event.result(),
                  event.incidentId(),
                  event.processInstanceKey(),
                  event.jobKey(),
                  details,
                  prevHash,
                  null,
                  ChainedRecord.KEYS_AS_STRINGS)
              .sealed();
      // The export line is stored with the row so exports copy it instead of formatting (migration
      // V20_3).
      store.insert(connection, record, record.canonical(true));
      appends.increment();
      LOG.debugf(
          "audit %d %s %s %s/%s by %s",
          seq,
          record.action(),
          record.result(),
          record.objectType(),
          record.objectId(),
          record.actor());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not append to the audit trail: " + e.getMessage(), e);
    }
  }

  /** What happened to one incident, oldest first (the incident timeline reads this). */
  @Transactional(TxType.SUPPORTS)
  public List<AuditRecord> forIncident(String incidentId, int limit) {
    try (var connection = dataSource.getConnection()) {
      return store.forIncident(connection, incidentId, limit).stream()
          .map(this::toAuditRecord)
          .toList();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the audit trail: " + e.getMessage(), e);
    }
  }

  private AuditRecord toAuditRecord(ChainedRecord r) {
    Map<String, Object> details;
    try {
      details = new HashMap<>(json.readValue(r.details(), DETAILS));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    details.values().removeIf(Objects::isNull);
    // Records hashed before issue 18 hold keys in their details as numbers; readers get strings.
    details = EngineKeys.asStrings(details);
    var event =
        new AuditEvent(
            r.actor(),
            r.sourceIp(),
            r.action(),
            r.objectType(),
            r.objectId(),
            r.result(),
            r.incidentId(),
            r.processInstanceKey(),
            r.jobKey(),
            details);
    return new AuditRecord(r.seq(), r.time(), event);
  }
}
