package io.irplaybook.security;

import io.irplaybook.security.service.TokenService;
import io.irplaybook.security.service.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Users and API tokens as the admin page manages them; the same rules as /api/users and
 * /api/tokens.
 */
@ApplicationScoped
public class Accounts {

  private final UserService users;
  private final TokenService tokens;

  Accounts(UserService users, TokenService tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  public List<UserView> users() {
    return users.list();
  }

  public UserView createUser(String username, String password, List<String> roles, String actor) {
    return users.create(username, password, roles, actor);
  }

  public List<TokenView> tokens() {
    return tokens.list();
  }

  public IssuedToken issueToken(String name, List<String> roles, String actor) {
    return tokens.issue(name, roles, actor);
  }

  public TokenView revokeToken(long id, String actor) {
    return tokens.revoke(id, actor);
  }
}
