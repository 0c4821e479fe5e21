package io.irplaybook.alert.service;

import io.irplaybook.alert.AlertReceipt;
import io.irplaybook.alert.config.AlertConfig;
import io.irplaybook.platform.ServiceConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes accepted {@code webhook-id}s once they are older than {@code
 * irp.alerts.receipt-retention}: by then a replay of the delivery is refused for its stale
 * timestamp, so the row no longer protects anything and the table would otherwise only grow.
 */
@ApplicationScoped
public class ReceiptPurge {

  private static final Logger LOG = Logger.getLogger(ReceiptPurge.class);

  private final AlertConfig config;
  private final ServiceConfig service;
  private final Clock clock;

  ReceiptPurge(AlertConfig config, ServiceConfig service, Clock clock) {
    this.config = config;
    this.service = service;
    this.clock = clock;
  }

  @Scheduled(
      every = "${irp.alerts.receipt-purge-interval:1h}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    if (service.enabled()) {
      purge();
    }
  }

  /** Deletes the receipts older than the retention; returns how many. */
  public long purge() {
    Instant before = clock.instant().minus(retention());
    long deleted =
        QuarkusTransaction.requiringNew()
            .call(() -> AlertReceipt.delete("receivedAt < ?1", before));
    if (deleted > 0) {
      LOG.infof("Purged %d alert receipts received before %s", deleted, before);
    }
    return deleted;
  }

  /** The configured retention, but never less than twice the timestamp tolerance. */
  Duration retention() {
    Duration floor = config.timestampTolerance().multipliedBy(2);
    return config.receiptRetention().compareTo(floor) < 0 ? floor : config.receiptRetention();
  }
}
