package io.irplaybook.audit;

import java.time.Instant;

/**
 * An {@link AuditEvent} as the trail stored it: with its place in the chain and its time.
 *
 * @param seq position in the trail, from 1, without gaps
 * @param time when it was appended (UTC, from the service clock)
 * @param event what happened
 */
public record AuditRecord(long seq, Instant time, AuditEvent event) {}
