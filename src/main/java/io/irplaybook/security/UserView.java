package io.irplaybook.security;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** A user's name and roles, without the password hash. */
@TemplateData
public record UserView(String username, List<String> roles) {}
