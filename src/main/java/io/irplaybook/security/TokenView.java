package io.irplaybook.security;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;

/** An API token as listed: never the token itself. */
@TemplateData
public record TokenView(
    long id,
    String name,
    List<String> roles,
    Instant createdAt,
    String createdBy,
    Instant revokedAt) {

  public static TokenView of(ApiToken t) {
    return new TokenView(t.id, t.name, t.roleList(), t.createdAt, t.createdBy, t.revokedAt);
  }
}
