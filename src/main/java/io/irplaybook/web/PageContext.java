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
}
