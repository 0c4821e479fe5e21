package io.irplaybook.audit.service;

import io.irplaybook.audit.AuditCheckpointed;
import io.irplaybook.audit.config.AuditConfig;
import io.irplaybook.audit.verify.Checkpoint;
import io.irplaybook.platform.ServiceConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Takes the checkpoints of {@code irp.audit.checkpoint.*}: on a schedule while the trail grows, and
 * once more at shutdown. Each anchors the committed head of the chain (seq, hash, time), signed
 * with the export signing key, in a new file in the configured directory, then fires {@link
 * AuditCheckpointed} for observers that anchor it elsewhere too.
 */
@ApplicationScoped
public class AuditCheckpoints {

  private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class);

  private final DataSource dataSource;
  private final AuditStore store;
  private final ManifestSigner signer;
  private final AuditConfig config;
  private final ServiceConfig service;
  private final Clock clock;
  private final Event<AuditCheckpointed> checkpointed;
  private long lastAnchoredSeq;

  AuditCheckpoints(
      DataSource dataSource,
      AuditStore store,
      ManifestSigner signer,
      AuditConfig config,
      ServiceConfig service,
      Clock clock,
      Event<AuditCheckpointed> checkpointed) {
    this.dataSource = dataSource;
    this.store = store;
    this.signer = signer;
    this.config = config;
    this.service = service;
    this.clock = clock;
    this.checkpointed = checkpointed;
  }

  /** The configured directory, or empty when checkpoints are off. */
  public Optional<CheckpointDirectory> directory() {
    return config.checkpoint().directory().map(CheckpointDirectory::new);
  }

  @Scheduled(
      every = "${irp.audit.checkpoint.interval:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      // A run that fires once shutdown has begun would find the database closed and log an error.
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void onSchedule() {
    checkpointLogged();
  }

  void onStop(@Observes ShutdownEvent event) {
    checkpointLogged();
  }

  private void checkpointLogged() {
    if (!service.enabled() || directory().isEmpty()) {
      return;
    }
    try {
      checkpoint();
    } catch (IOException | SQLException | RuntimeException e) {
      LOG.errorf(
          "Could not write an audit checkpoint to %s: %s; the trail's newest records stay"
              + " unanchored until a checkpoint succeeds",
          config.checkpoint().directory().get(), e.getMessage());
    }
  }

  /**
   * Anchors the committed head of the chain now, unless checkpoints are off, the trail is empty, or
   * the head is anchored already; returns what it wrote.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public synchronized Optional<AuditCheckpointed> checkpoint() throws IOException, SQLException {
    var directory = directory();
    if (directory.isEmpty()) {
      return Optional.empty();
    }
    Optional<AuditStore.Head> head;
    try (var connection = dataSource.getConnection()) {
      head = store.head(connection);
    }
    if (head.isEmpty() || head.get().seq() <= lastAnchoredSeq) {
      return Optional.empty();
    }
    var h = head.get();
    Instant now = clock.instant();
    Map<String, Object> fields =
        Checkpoint.unsigned(
            h.seq(), h.hash(), ChainedRecord.TIME.format(h.time()), ChainedRecord.TIME.format(now));
    String document = CanonicalJson.write(Map.of("checkpoint", signer.sign(fields)));
    boolean written = directory.get().write(h.seq(), document);
    lastAnchoredSeq = h.seq();
    if (!written) {
      // Another replica anchored the same head first; its file says the same.
      return Optional.empty();
    }
    LOG.debugf(
        "Audit checkpoint: record %d (hash %s) anchored in %s",
        h.seq(), h.hash(), directory.get().path());
    var result = new AuditCheckpointed(h.seq(), h.hash(), h.time(), now, document);
    try {
      checkpointed.fire(result);
    } catch (RuntimeException e) {
      LOG.errorf(e, "An observer of AuditCheckpointed failed for record %d", h.seq());
    }
    return Optional.of(result);
  }
}
