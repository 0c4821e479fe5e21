package io.irplaybook.audit.service;

import java.time.Instant;

/**
 * What to export: a format, and optionally one incident and a time range {@code from <= time < to}.
 */
public record ExportRequest(ExportFormat format, String incidentId, Instant from, Instant to) {}
