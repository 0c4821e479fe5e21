package io.irplaybook.security;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;

/**
 * The answer to issuing an API token: the only time the token itself is shown.
 *
 * @param principal the name the token acts under ({@code token:<name>})
 * @param expiresAt when it stops working, or null when it lasts until revoked
 */
@TemplateData
public record IssuedToken(
    long id, String name, String principal, List<String> roles, Instant expiresAt, String token) {}
