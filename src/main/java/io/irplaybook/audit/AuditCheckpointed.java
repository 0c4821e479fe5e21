package io.irplaybook.audit;

import java.time.Instant;

/**
 * A CDI event fired after each checkpoint of the audit trail has been written and fsynced to the
 * configured directory ({@code irp.audit.checkpoint.directory}). It is the extension point for
 * anchoring the trail somewhere else as well: a feature that observes it (for example a webhook
 * through the notify outbox) can send {@link #document} on, and whoever receives it can later check
 * the trail against it with the public key. Observers run synchronously on the checkpointing thread
 * after the file is durable; an observer that throws is logged and does not stop checkpointing.
 *
 * @param seq the sequence number of the last record the checkpoint anchors
 * @param hash that record's hash
 * @param recordedAt that record's time
 * @param createdAt when the checkpoint was taken
 * @param document the signed checkpoint exactly as written to the file, one line of canonical JSON
 *     {@code {"checkpoint":{...,"signature":"..."}}}; it holds no secret
 */
public record AuditCheckpointed(
    long seq, String hash, Instant recordedAt, Instant createdAt, String document) {}
