package io.irplaybook.incident.rest;

import java.util.List;

/**
 * Answer of {@code POST /api/incidents/batch}: one result per item, in request order, and counts.
 */
public record BatchResult(int declared, int failed, List<BatchItemResult> results) {}
