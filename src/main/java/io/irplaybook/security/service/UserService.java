package io.irplaybook.security.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.security.SecurityProblem;
import io.irplaybook.security.User;
import io.irplaybook.security.config.SecurityConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Creates local users and checks their passwords. */
@ApplicationScoped
public class UserService {

  static final int MIN_PASSWORD_LENGTH = 12;

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  private final AuditTrail audit;
  private final Clock clock;
  private final int cost;
  // A hash of nothing, checked for unknown users so a miss takes as long as a wrong password.
  private final String dummyHash;

  UserService(AuditTrail audit, Clock clock, SecurityConfig config) {
    this.audit = audit;
    this.clock = clock;
    this.cost = config.bcryptCost();
    this.dummyHash = BcryptUtil.bcryptHash("no-such-user-placeholder", cost);
  }

  /** A user's name and roles, without the hash. */
  @io.quarkus.qute.TemplateData
  public record UserView(String username, List<String> roles) {}

  @Transactional
  public UserView create(String username, String password, List<String> roles, String actor) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new SecurityProblem(400,
          "Use a username of 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.");
    }
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new SecurityProblem(400, "Use a password of at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
    String roleCsv = RoleNames.validatedCsv(roles);
    if (User.findByUsername(username).isPresent()) {
      throw new SecurityProblem(409, "A user named '" + username + "' exists already; choose another name.");
    }
    User user = new User();
    user.username = username;
    user.passwordHash = BcryptUtil.bcryptHash(password, cost);
    user.roles = roleCsv;
    user.createdAt = clock.instant();
    user.createdBy = actor;
    user.persist();
    audit.append(AuditEvent.of(actor, "user.created", "user", username).detail("roles", user.roleList()).build());
    return new UserView(username, user.roleList());
  }

  @Transactional
  public List<UserView> list() {
    return User.<User>listAll().stream().map(u -> new UserView(u.username, u.roleList())).toList();
  }

  /** The user's roles when the password matches; empty otherwise (unknown user or wrong password). */
  @Transactional
  public Optional<List<String>> verify(String username, String password) {
    Optional<User> user = User.findByUsername(username);
    String hash = user.map(u -> u.passwordHash).orElse(dummyHash);
    boolean matches = BcryptUtil.matches(password, hash);
    return user.isPresent() && matches ? Optional.of(user.get().roleList()) : Optional.empty();
  }

  /** The roles of an existing user (a page session re-reads them, so a change takes effect at once). */
  @Transactional
  public Optional<List<String>> rolesOf(String username) {
    return User.findByUsername(username).map(User::roleList);
  }
}
