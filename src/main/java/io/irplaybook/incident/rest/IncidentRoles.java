package io.irplaybook.incident.rest;

import io.irplaybook.security.Roles;

/** Who may do what with incidents. */
final class IncidentRoles {

  static final String[] DECLARE = {Roles.INCIDENT_COMMANDER, Roles.SOC_ANALYST, Roles.ADMIN, Roles.REPORTER};
  static final String[] CANCEL = {Roles.INCIDENT_COMMANDER, Roles.ADMIN};

  private IncidentRoles() {}
}
