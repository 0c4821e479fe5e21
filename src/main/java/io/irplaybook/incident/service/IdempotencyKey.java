package io.irplaybook.incident.service;

/**
 * An {@code Idempotency-Key} with the hash of the request it came with.
 *
 * @param owner the caller the key belongs to (keys of different callers never meet)
 * @param key the key as sent
 * @param requestHash SHA-256 (hex) of the request body
 */
public record IdempotencyKey(String owner, String key, String requestHash) {}
