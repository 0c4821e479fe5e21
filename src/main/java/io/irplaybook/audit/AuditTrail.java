package io.irplaybook.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Where every feature reports what happened. {@link #append} joins the caller's transaction, so a
 * record commits or rolls back together with the change it describes.
 *
 * <p>PLACEHOLDER until the audit issue lands: it only logs. The audit feature replaces this body
 * with the hash-chained, append-only table; callers keep calling {@link #append}.
 */
@ApplicationScoped
public class AuditTrail {

  private static final Logger LOG = Logger.getLogger(AuditTrail.class);

  public void append(AuditEvent event) {
    LOG.debugf("audit %s %s %s/%s by %s", event.action(), event.result(), event.objectType(),
        event.objectId(), event.actor());
  }
}
