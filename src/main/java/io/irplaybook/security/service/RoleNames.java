package io.irplaybook.security.service;

import io.irplaybook.platform.Roles;
import io.irplaybook.security.SecurityProblem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks role names against {@link Roles}, so a typo never creates a user nobody can authorise. */
public final class RoleNames {

  private RoleNames() {}

  public static String validatedCsv(List<String> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new SecurityProblem(400, "Give at least one role, one of " + Roles.ALL + ".");
    }
    Set<String> unique = new LinkedHashSet<>();
    for (String role : roles) {
      if (!Roles.ALL.contains(role)) {
        throw new SecurityProblem(
            400, "Unknown role '" + role + "'; use one of " + Roles.ALL + ".");
      }
      unique.add(role);
    }
    return String.join(",", unique);
  }
}
