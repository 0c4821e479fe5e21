package io.irplaybook.security;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** A user's name, roles and whether they are disabled, without the password hash. */
@TemplateData
public record UserView(String username, List<String> roles, boolean disabled) {

  public static UserView of(User user) {
    return new UserView(user.username, user.roleList(), user.disabled);
  }
}
