package io.irplaybook.security.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.platform.Roles;
import io.irplaybook.security.SecurityProblem;
import io.irplaybook.security.User;
import io.irplaybook.security.UserView;
import io.irplaybook.security.config.SecurityConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Creates local users, checks their passwords, disables and enables them and changes their
 * passwords. Disabling a user or changing a password ends the user's page sessions at once; HTTP
 * Basic stops working on the next request (a disabled user's or an old password's check fails).
 */
@ApplicationScoped
public class UserService {

  static final int MIN_PASSWORD_LENGTH = 12;

  /**
   * User names: no ':' and no upper case, so no user name ever equals an API token's principal
   * ({@code token:<name>}) or a {@code system:<component>} actor.
   */
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  /** Counts bcrypt checks, so an operator (and a test) sees how much hashing sign-ins cost. */
  static final String PASSWORD_CHECKS = "irp.security.password.checks";

  private final AuditTrail audit;
  private final Clock clock;
  private final SessionStore sessions;
  private final Counter passwordChecks;
  private final int cost;
  // Checked for unknown users so a miss takes as long as a wrong password (see dummyHash).
  private final String dummyHash;

  UserService(
      AuditTrail audit,
      Clock clock,
      SecurityConfig config,
      SessionStore sessions,
      MeterRegistry registry) {
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
    this.passwordChecks =
        Counter.builder(PASSWORD_CHECKS)
            .description("Passwords checked against their bcrypt hash (sign-ins and HTTP Basic)")
            .register(registry);
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
    checkPasswordRule(password);
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
    return UserView.of(user);
  }

  @Transactional
  public List<UserView> list() {
    return User.<User>list("order by username").stream().map(UserView::of).toList();
  }

  /**
   * The user's roles when the password matches and the user is enabled; empty otherwise (unknown
   * user, wrong password or disabled). Every call runs one bcrypt check, so callers throttle first.
   */
  @Transactional
  public Optional<List<String>> verify(String username, String password) {
    Optional<User> user = User.findByUsername(username);
    String hash = user.map(u -> u.passwordHash).orElse(dummyHash);
    passwordChecks.increment();
    boolean matches = BcryptUtil.matches(password, hash);
    return user.isPresent() && matches && !user.get().disabled
        ? Optional.of(user.get().roleList())
        : Optional.empty();
  }

  /** Disables the user and ends their sessions; their HTTP Basic access ends with it. */
  @Transactional
  public UserView disable(String username, String actor) {
    if (username.equals(actor)) {
      throw new SecurityProblem(
          409, "You cannot disable your own account; ask another admin to do it.");
    }
    User user = existing(username);
    if (!user.disabled) {
      user.disabled = true;
      long ended = sessions.endAll(username);
      audit.append(
          AuditEvent.of(actor, "user.disabled", "user", username)
              .detail("sessionsEnded", ended)
              .build());
    }
    return UserView.of(user);
  }

  @Transactional
  public UserView enable(String username, String actor) {
    User user = existing(username);
    if (user.disabled) {
      user.disabled = false;
      audit.append(AuditEvent.of(actor, "user.enabled", "user", username).build());
    }
    return UserView.of(user);
  }

  /**
   * An admin replaces the user's roles. They apply to the user's next request (sessions read the
   * roles each time). An admin cannot take the admin role from themselves: nobody could give it
   * back if they were the last one.
   */
  @Transactional
  public UserView changeRoles(String username, List<String> roles, String actor) {
    String roleCsv = RoleNames.validatedCsv(roles);
    User user = existing(username);
    if (username.equals(actor) && !roles.contains(Roles.ADMIN)) {
      throw new SecurityProblem(
          409, "You cannot take the admin role from yourself; ask another admin to do it.");
    }
    List<String> before = user.roleList();
    user.roles = roleCsv;
    audit.append(
        AuditEvent.of(actor, "user.roles-changed", "user", username)
            .detail("before", before)
            .detail("roles", user.roleList())
            .build());
    return UserView.of(user);
  }

  /** An admin sets a new password (a reset); the user's sessions end. */
  @Transactional
  public UserView resetPassword(String username, String password, String actor) {
    checkPasswordRule(password);
    User user = existing(username);
    setPassword(user, password, actor, "user.password-reset");
    return UserView.of(user);
  }

  /**
   * The user changes their own password, proving the current one (one bcrypt check: the caller
   * throttles first). Every session of the user ends, the one making the change included.
   *
   * @return false when the current password is wrong (nothing changed)
   */
  @Transactional
  public boolean changeOwnPassword(String username, String current, String password) {
    checkPasswordRule(password);
    if (current == null || verify(username, current).isEmpty()) {
      return false;
    }
    setPassword(existing(username), password, username, "user.password-changed");
    return true;
  }

  private void setPassword(User user, String password, String actor, String action) {
    user.passwordHash = BcryptUtil.bcryptHash(password, cost);
    long ended = sessions.endAll(user.username);
    audit.append(
        AuditEvent.of(actor, action, "user", user.username).detail("sessionsEnded", ended).build());
  }

  private static void checkPasswordRule(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new SecurityProblem(
          400, "Use a password of at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
  }

  private static User existing(String username) {
    return User.findByUsername(username == null ? "" : username)
        .orElseThrow(
            () ->
                new SecurityProblem(
                    404, "No user is named '" + username + "'; list them with GET /api/users."));
  }
}
