package io.irplaybook.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;

/**
 * Where every feature reports what happened. {@link #append} joins the caller's transaction, so a
 * record commits or rolls back together with the change it describes.
 *
 * <p>PLACEHOLDER until the audit issue lands: it keeps events in memory only. The audit feature
 * replaces this body with the hash-chained, append-only table; callers keep the same two methods
 * and the {@link AuditRecord} type.
 */
@ApplicationScoped
public class AuditTrail {

  private static final Logger LOG = Logger.getLogger(AuditTrail.class);

  private final List<AuditRecord> records = new CopyOnWriteArrayList<>();

  public void append(AuditEvent event) {
    LOG.debugf("audit %s %s %s/%s by %s", event.action(), event.result(), event.objectType(),
        event.objectId(), event.actor());
    records.add(new AuditRecord(records.size() + 1, Instant.now(), event));
  }

  /** What happened to one incident, oldest first (the incident timeline reads this). */
  public List<AuditRecord> forIncident(String incidentId, int limit) {
    return records.stream().filter(r -> incidentId.equals(r.event().incidentId())).limit(limit).toList();
  }
}
