package io.irplaybook.security.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.security.SecurityProblem;
import io.irplaybook.security.User;
import io.irplaybook.security.UserView;
import io.irplaybook.security.config.SecurityConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
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
  // Checked for unknown users so a miss takes as long as a wrong password (see dummyHash).
  private final String dummyHash;

  UserService(AuditTrail audit, Clock clock, SecurityConfig config) {
    this.audit = audit;
    this.clock = clock;
    this.cost = config.bcryptCost();
    this.dummyHash = dummyHash(cost);
  }

  /**
   * A well-formed bcrypt hash at the given cost that no password matches. Checking a password
   * against it costs exactly as much as against a real one, because bcrypt's work depends only on
   * the cost field and the salt. It is made at cost 4 and relabelled, rather than hashed at the
   * configured cost: a cost-12 hash took about a second of CPU on every start-up, before the JIT
   * had warmed up (docs/benchmark.md, "Start-up of the packaged application").
   */
  static String dummyHash(int cost) {
    String cheap = BcryptUtil.bcryptHash("no-such-user-placeholder", 4); // $2a$04$<salt and hash>
    String scheme = cheap.substring(0, cheap.indexOf('$', 1) + 1);
    String saltAndHash = cheap.substring(cheap.lastIndexOf('$') + 1);
    return scheme + String.format(Locale.ROOT, "%02d", cost) + "$" + saltAndHash;
  }

  @Transactional
  public UserView create(String username, String password, List<String> roles, String actor) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new SecurityProblem(
          400,
          "Use a username of 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.");
    }
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new SecurityProblem(
          400, "Use a password of at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
    String roleCsv = RoleNames.validatedCsv(roles);
    if (User.findByUsername(username).isPresent()) {
      throw new SecurityProblem(
          409, "A user named '" + username + "' exists already; choose another name.");
    }
    User user = new User();
    user.username = username;
    user.passwordHash = BcryptUtil.bcryptHash(password, cost);
    user.roles = roleCsv;
    user.createdAt = clock.instant();
    user.createdBy = actor;
    user.persist();
    audit.append(
        AuditEvent.of(actor, "user.created", "user", username)
            .detail("roles", user.roleList())
            .build());
    return new UserView(username, user.roleList());
  }

  @Transactional
  public List<UserView> list() {
    return User.<User>listAll().stream().map(u -> new UserView(u.username, u.roleList())).toList();
  }

  /**
   * The user's roles when the password matches; empty otherwise (unknown user or wrong password).
   */
  @Transactional
  public Optional<List<String>> verify(String username, String password) {
    Optional<User> user = User.findByUsername(username);
    String hash = user.map(u -> u.passwordHash).orElse(dummyHash);
    boolean matches = BcryptUtil.matches(password, hash);
    return user.isPresent() && matches ? Optional.of(user.get().roleList()) : Optional.empty();
  }

  /**
   * The roles of an existing user (a page session re-reads them, so a change takes effect at once).
   */
  @Transactional
  public Optional<List<String>> rolesOf(String username) {
    return User.findByUsername(username).map(User::roleList);
  }
}
