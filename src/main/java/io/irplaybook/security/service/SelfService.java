package io.irplaybook.security.service;

import io.irplaybook.platform.Problem;
import io.irplaybook.security.SecurityProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;

/** What signed-in local users do for themselves: change their password. */
@ApplicationScoped
public class SelfService {

  private final UserService users;
  private final SignInThrottle throttle;

  SelfService(UserService users, SignInThrottle throttle) {
    this.users = users;
    this.throttle = throttle;
  }

  /**
   * Changes the identity's own password after checking the current one, throttled like a sign-in (a
   * stolen session cannot guess the password at bcrypt speed). Every session of the user ends.
   */
  public void changePassword(
      SecurityIdentity identity, String current, String password, String address) {
    String method = identity.getAttribute(LocalIdentityProviders.METHOD);
    if (!"password".equals(method) && !"session".equals(method)) {
      throw new SecurityProblem(
          403,
          "Only a local user signed in with a password can change it here; API tokens have no"
              + " password, and identity-provider users change theirs at the provider.");
    }
    String name = identity.getPrincipal().getName();
    Optional<Duration> wait = throttle.refusal(address, name);
    if (wait.isPresent()) {
      throw throttled(IrpAuthenticationMechanism.retryAfterSeconds(wait.get()));
    }
    if (!users.changeOwnPassword(name, current, password)) {
      throttle.failed(address, name, "password-change");
      throw new SecurityProblem(
          403, "The current password is wrong; give the password you signed in with.");
    }
  }

  /** 429 problem+json with {@code Retry-After}. */
  static WebApplicationException throttled(long seconds) {
    return new WebApplicationException(
        Response.fromResponse(
                Problem.response(
                    429,
                    "Too Many Requests",
                    "Too many failed attempts for this user or from this address; wait "
                        + seconds
                        + " seconds (Retry-After) before trying again."))
            .header("Retry-After", String.valueOf(seconds))
            .build());
  }
}
