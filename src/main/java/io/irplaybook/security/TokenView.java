package io.irplaybook.security;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;

/**
 * An API token as listed: never the token itself.
 *
 * @param principal the name the token acts under ({@code token:<name>})
 */
@TemplateData
public record TokenView(
    long id,
    String name,
    List<String> roles,
    Instant createdAt,
    String createdBy,
    Instant revokedAt,
    Instant expiresAt,
    String principal) {

  public static TokenView of(ApiToken t) {
    return new TokenView(
        t.id,
        t.name,
        t.roleList(),
        t.createdAt,
        t.createdBy,
        t.revokedAt,
        t.expiresAt,
        ApiToken.principal(t.name));
  }
}
