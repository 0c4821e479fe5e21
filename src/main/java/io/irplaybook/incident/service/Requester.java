package io.irplaybook.incident.service;

/**
 * Who asked, for the audit trail and for scoping idempotency keys.
 *
 * @param actor the user or client name, or {@code system:incident}
 * @param sourceIp the client address, or null
 */
public record Requester(String actor, String sourceIp) {}
