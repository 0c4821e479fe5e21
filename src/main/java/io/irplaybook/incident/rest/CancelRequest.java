package io.irplaybook.incident.rest;

/** Body of {@code POST /api/incidents/{id}/cancel}. @param reason why, for the audit trail; required */
public record CancelRequest(String reason) {}
