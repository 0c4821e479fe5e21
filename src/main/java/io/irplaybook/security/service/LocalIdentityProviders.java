package io.irplaybook.security.service;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;

/**
 * Turns the credentials {@link IrpAuthenticationMechanism} found into identities, off the event
 * loop.
 */
final class LocalIdentityProviders {

  /** How an identity signed in: {@code password}, {@code token} or {@code session}. */
  static final String METHOD = "irp.sign-in-method";

  /** The CSRF token a page form must carry, present only for session identities. */
  static final String CSRF = "irp.csrf";

  /** The id of the page session ({@link SessionStore}), present only for session identities. */
  static final String SESSION = "irp.session";

  private LocalIdentityProviders() {}

  static SecurityIdentity identity(String name, List<String> roles, String method, String csrf) {
    return identity(name, roles, method, csrf, null);
  }

  static SecurityIdentity identity(
      String name, List<String> roles, String method, String csrf, String session) {
    QuarkusSecurityIdentity.Builder builder =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal(name))
            .addRoles(new HashSet<>(roles))
            .addAttribute(METHOD, method);
    if (csrf != null) {
      builder.addAttribute(CSRF, csrf);
    }
    if (session != null) {
      builder.addAttribute(SESSION, session);
    }
    return builder.build();
  }

  /** HTTP Basic. {@link IrpAuthenticationMechanism} throttles and counts failures around it. */
  @ApplicationScoped
  static class PasswordProvider implements IdentityProvider<Credentials.Password> {
    private final UserService users;

    PasswordProvider(UserService users) {
      this.users = users;
    }

    @Override
    public Class<Credentials.Password> getRequestType() {
      return Credentials.Password.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
        Credentials.Password request, AuthenticationRequestContext context) {
      return context.runBlocking(
          () -> {
            List<String> roles = users.verify(request.username, request.password).orElse(null);
            if (roles == null) {
              throw new AuthenticationFailedException("wrong user name or password");
            }
            return identity(request.username, roles, "password", null);
          });
    }
  }

  @ApplicationScoped
  static class TokenProvider implements IdentityProvider<Credentials.Token> {
    private final TokenService tokens;

    TokenProvider(TokenService tokens) {
      this.tokens = tokens;
    }

    @Override
    public Class<Credentials.Token> getRequestType() {
      return Credentials.Token.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
        Credentials.Token request, AuthenticationRequestContext context) {
      return context.runBlocking(
          () ->
              tokens
                  .verify(request.token)
                  .map(t -> identity(t.principal(), t.roles(), "token", null))
                  .orElseThrow(
                      () ->
                          new AuthenticationFailedException(
                              "unknown, revoked or expired API token")));
    }
  }

  @ApplicationScoped
  static class SessionProvider implements IdentityProvider<Credentials.Session> {
    private final SessionStore sessions;

    SessionProvider(SessionStore sessions) {
      this.sessions = sessions;
    }

    @Override
    public Class<Credentials.Session> getRequestType() {
      return Credentials.Session.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
        Credentials.Session request, AuthenticationRequestContext context) {
      // A session that ended (signed out, user disabled, password changed) is anonymous: the page
      // then asks to sign in again.
      return context.runBlocking(
          () ->
              sessions
                  .roles(request.session)
                  .map(
                      roles ->
                          identity(
                              request.session.username(),
                              roles,
                              "session",
                              request.session.csrfToken(),
                              request.session.id()))
                  .orElse(null));
    }
  }
}
