package io.irplaybook.security.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.platform.Problem;
import io.irplaybook.security.config.SecurityConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Local sign-in for every request: HTTP Basic and API tokens for the REST API, the session cookie
 * for the pages. An unauthenticated API call is answered 401 with a Basic challenge; a page
 * redirects to the sign-in form. Bearer tokens that are not ours are left to OIDC when it is
 * configured.
 *
 * <p>Basic and token attempts go through {@link SignInThrottle} first: once the source address or
 * the user name has used up its failed attempts, the request is answered 429 (problem+json, with
 * {@code Retry-After}) without any password being hashed or token looked up.
 */
@ApplicationScoped
public class IrpAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SIGN_IN_PATH = "/signin";

  /** Routing-context key: how long a throttled request's client must wait ({@link Duration}). */
  private static final String THROTTLED = "irp.sign-in-throttled";

  private final SessionCodec sessions;
  private final SecurityConfig config;
  private final SignInThrottle throttle;
  private final ObjectMapper json;

  IrpAuthenticationMechanism(
      SessionCodec sessions, SecurityConfig config, SignInThrottle throttle, ObjectMapper json) {
    this.sessions = sessions;
    this.config = config;
    this.throttle = throttle;
    this.json = json;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identities) {
    if (!config.localUsers()) {
      return Uni.createFrom().nullItem();
    }
    AuthenticationRequest request = credentials(context);
    if (request == null) {
      return Uni.createFrom().nullItem();
    }
    HttpSecurityUtils.setRoutingContextAttribute(request, context);
    if (request instanceof Credentials.Session) {
      return identities.authenticate(request);
    }
    String address = address(context);
    String username = request instanceof Credentials.Password p ? p.username : null;
    String method = request instanceof Credentials.Password ? "basic" : "token";
    Optional<Duration> wait = throttle.refusal(address, username);
    if (wait.isPresent()) {
      context.put(THROTTLED, wait.get());
      return Uni.createFrom()
          .failure(new AuthenticationFailedException("too many failed sign-ins"));
    }
    return identities
        .authenticate(request)
        .onFailure(AuthenticationFailedException.class)
        .invoke(() -> throttle.failed(address, username, method));
  }

  static String address(RoutingContext context) {
    var remote = context.request().remoteAddress();
    return remote == null ? null : remote.hostAddress();
  }

  @Override
  public Uni<Boolean> sendChallenge(RoutingContext context) {
    Duration wait = context.get(THROTTLED);
    if (wait == null) {
      return HttpAuthenticationMechanism.super.sendChallenge(context);
    }
    long seconds = retryAfterSeconds(wait);
    String body;
    try {
      body =
          json.writeValueAsString(
              Problem.of(
                  429,
                  "Too Many Requests",
                  "Too many failed sign-ins from this address or for this user; wait "
                      + seconds
                      + " seconds (Retry-After) and check the credentials before trying again."));
    } catch (JsonProcessingException e) {
      return Uni.createFrom().failure(e);
    }
    context
        .response()
        .setStatusCode(429)
        .putHeader("Retry-After", String.valueOf(seconds))
        .putHeader("Content-Type", Problem.MEDIA_TYPE);
    return Uni.createFrom()
        .completionStage(context.response().end(body).toCompletionStage())
        .replaceWith(true);
  }

  /** Whole seconds to wait, rounded up and at least one. */
  public static long retryAfterSeconds(Duration wait) {
    long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }

  private AuthenticationRequest credentials(RoutingContext context) {
    String authorization = context.request().getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).strip()),
                StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return new Credentials.Password("", "");
      }
      int colon = decoded.indexOf(':');
      return colon < 0
          ? new Credentials.Password(decoded, "")
          : new Credentials.Password(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
    if (authorization != null
        && authorization.regionMatches(
            true, 0, "Bearer " + TokenService.PREFIX, 0, 7 + TokenService.PREFIX.length())) {
      return new Credentials.Token(authorization.substring(7).strip());
    }
    if (authorization != null) {
      return null;
    }
    Cookie cookie = context.request().getCookie(SessionCodec.COOKIE);
    return cookie == null
        ? null
        : sessions.verify(cookie.getValue()).map(Credentials.Session::new).orElse(null);
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    if (!config.localUsers()) {
      // No challenge of ours: OIDC's (a 401 with Bearer, or the redirect to the identity provider)
      // applies.
      return Uni.createFrom().nullItem();
    }
    if (isApi(context.normalizedPath())) {
      return Uni.createFrom()
          .item(
              new ChallengeData(
                  401,
                  "WWW-Authenticate",
                  "Basic realm=\"ir-playbook-runner\", charset=\"UTF-8\""));
    }
    String next = URLEncoder.encode(context.request().uri(), StandardCharsets.UTF_8);
    return Uni.createFrom()
        .item(new ChallengeData(302, "Location", SIGN_IN_PATH + "?next=" + next));
  }

  static boolean isApi(String path) {
    return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/");
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(Credentials.Password.class, Credentials.Token.class, Credentials.Session.class);
  }
}
