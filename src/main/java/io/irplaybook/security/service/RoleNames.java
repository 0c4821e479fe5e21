package io.irplaybook.security.service;

import io.irplaybook.security.Roles;
import io.irplaybook.security.SecurityProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks role names against {@link Roles}, so a typo never creates a user nobody can authorise. */
public final class RoleNames {

  /** Every role a user or token may hold. */
  public static final List<String> ALL = all();

  private RoleNames() {}

  public static String validatedCsv(List<String> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new SecurityProblem(400, "Give at least one role, one of " + ALL + ".");
    }
    Set<String> unique = new LinkedHashSet<>();
    for (String role : roles) {
      if (!ALL.contains(role)) {
        throw new SecurityProblem(400, "Unknown role '" + role + "'; use one of " + ALL + ".");
      }
      unique.add(role);
    }
    return String.join(",", unique);
  }

  private static List<String> all() {
    List<String> roles = new ArrayList<>(Roles.RESPONDER_ROLES);
    roles.add(Roles.ADMIN);
    roles.add(Roles.AUDITOR);
    roles.add(Roles.REPORTER);
    return List.copyOf(roles);
  }
}
