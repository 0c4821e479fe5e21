package io.irplaybook.security;

import io.irplaybook.security.service.SelfService;
import io.irplaybook.security.service.SlackLinks;
import io.irplaybook.security.service.TokenService;
import io.irplaybook.security.service.UserService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Users and API tokens as the admin page manages them; the same rules as /api/users and
 * /api/tokens.
 */
@ApplicationScoped
public class Accounts {

  private final UserService users;
  private final TokenService tokens;
  private final SelfService self;
  private final SlackLinks slack;

  Accounts(UserService users, TokenService tokens, SelfService self, SlackLinks slack) {
    this.users = users;
    this.tokens = tokens;
    this.self = self;
    this.slack = slack;
  }

  /** The user of this name, if any. */
  public Optional<UserView> user(String username) {
    return slack.byName(username);
  }

  /**
   * Links the user to a Slack member id (null or blank: unlinks), as the user does on their account
   * page and an admin does through PUT /api/users/{username}/slack.
   */
  public UserView linkSlack(String username, String slackUserId, String actor) {
    return slack.link(username, slackUserId, actor);
  }

  /** The enabled user a Slack member id is linked to, if any: who a Slack request acts as. */
  public Optional<UserView> slackUser(String slackUserId) {
    return slack.user(slackUserId);
  }

  /**
   * The signed-in user changes their own password, as POST /api/me/password does: the current one
   * is checked (throttled like a sign-in), and every session of the user ends.
   */
  public void changeOwnPassword(
      SecurityIdentity identity, String current, String password, String sourceIp) {
    self.changePassword(identity, current, password, sourceIp);
  }

  public List<UserView> users() {
    return users.list();
  }

  public UserView createUser(String username, String password, List<String> roles, String actor) {
    return users.create(username, password, roles, actor);
  }

  /** Disables the user and ends their sessions and HTTP Basic access at once. */
  public UserView disableUser(String username, String actor) {
    return users.disable(username, actor);
  }

  public UserView enableUser(String username, String actor) {
    return users.enable(username, actor);
  }

  /** Replaces the user's roles (an admin cannot remove their own admin role). */
  public UserView changeRoles(String username, List<String> roles, String actor) {
    return users.changeRoles(username, roles, actor);
  }

  /** Sets a new password for the user (an admin's reset); their sessions end. */
  public UserView resetPassword(String username, String password, String actor) {
    return users.resetPassword(username, password, actor);
  }

  public List<TokenView> tokens() {
    return tokens.list();
  }

  /**
   * Issues a token acting as {@code token:<name>}.
   *
   * @param expiresAt when it stops working, or null to keep it until revoked
   */
  public IssuedToken issueToken(String name, List<String> roles, Instant expiresAt, String actor) {
    return tokens.issue(name, roles, expiresAt, actor);
  }

  public TokenView revokeToken(long id, String actor) {
    return tokens.revoke(id, actor);
  }
}
