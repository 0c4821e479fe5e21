package io.irplaybook.security;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** The answer to issuing an API token: the only time the token itself is shown. */
@TemplateData
public record IssuedToken(long id, String name, List<String> roles, String token) {}
