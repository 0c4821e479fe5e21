package io.irplaybook.security;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * A user's name, roles, whether they are disabled and their linked Slack member id (or null),
 * without the password hash.
 */
@TemplateData
public record UserView(String username, List<String> roles, boolean disabled, String slackUserId) {

  public static UserView of(User user) {
    return new UserView(user.username, user.roleList(), user.disabled, user.slackUserId);
  }
}
