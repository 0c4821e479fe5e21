package io.irplaybook.web;

import io.irplaybook.platform.Roles;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * What every page needs: who is signed in, the CSRF token for its forms and the language.
 *
 * @param user the signed-in user's name, or null on the sign-in page
 * @param roles the user's roles
 * @param csrf the token every form posts back as {@code _csrf}
 * @param lang {@code en} or {@code ja}
 */
@TemplateData
public record PageContext(String user, List<String> roles, String csrf, String lang) {

  public boolean isAdmin() {
    return roles.contains(Roles.ADMIN);
  }

  public boolean isCommander() {
    return roles.contains(Roles.INCIDENT_COMMANDER);
  }

  public boolean isAuditor() {
    return roles.contains(Roles.AUDITOR);
  }

  /** Holds a responder role, so has an inbox and a group queue. */
  public boolean isResponder() {
    return Roles.RESPONDER_ROLES.stream().anyMatch(roles::contains);
  }

  /** May read incidents, the dashboard and the overviews (as GET /api/incidents allows). */
  public boolean isSeesIncidents() {
    return isResponder() || isAdmin() || isAuditor();
  }

  /** May declare incidents (as POST /api/incidents allows people to). */
  public boolean isDeclares() {
    return isCommander() || isAdmin() || roles.contains(Roles.SOC_ANALYST);
  }

  /**
   * Where this person starts after signing in: commanders, admins and auditors on the dashboard,
   * other responders in their inbox, anyone else on their account page (never a refusal).
   */
  public String landingPath() {
    if (isCommander() || isAdmin() || isAuditor()) {
      return "/dashboard";
    }
    if (isResponder()) {
      return "/inbox";
    }
    return "/account/password";
  }
}
