package io.irplaybook.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.irplaybook.security.SecurityProblem;
import io.irplaybook.security.config.SecurityConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which identities may post the pages' forms, and with which token. */
class CsrfGuardTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private final SessionCodec sessions = new SessionCodec(config(), clock);
  private final CsrfGuard guard = new CsrfGuard(sessions);

  @Test
  void shouldAcceptTheTokenOfALocalSessionAndRefuseAnyOther() {
    // given
    SessionCodec.Session session = sessions.verify(sessions.issue("sam").cookie()).orElseThrow();
    SecurityIdentity identity =
        LocalIdentityProviders.identity("sam", List.of("legal"), "session", session.csrfToken());

    // when / then
    guard.check(identity, guard.token(identity));
    assertThatThrownBy(() -> guard.check(identity, "forged")).isInstanceOf(SecurityProblem.class);
  }

  @Test
  void shouldGiveBasicAndTokenCallersNoFormToken() {
    // given
    SecurityIdentity basic =
        LocalIdentityProviders.identity("sam", List.of("legal"), "password", null);

    // when / then
    assertThat(guard.token(basic)).isEmpty();
    assertThatThrownBy(() -> guard.check(basic, "")).isInstanceOf(SecurityProblem.class);
  }

  @Test
  void shouldGiveAnOidcBrowserSessionAPerUserToken() {
    // given an identity from another mechanism (quarkus-oidc): no sign-in method attribute of ours
    SecurityIdentity oidc =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("olga"))
            .addRole("legal")
            .build();

    // when
    String token = guard.token(oidc);

    // then
    assertThat(token).isNotEmpty().isNotEqualTo(sessions.userCsrf("someone-else"));
    guard.check(oidc, token);
  }

  @Test
  void shouldRejectAnExpiredOrTamperedSessionCookie() {
    // given
    String cookie = sessions.issue("sam").cookie();
    SessionCodec later = new SessionCodec(config(), Clock.offset(clock, Duration.ofHours(9)));

    // when / then
    assertThat(sessions.verify(cookie.substring(0, cookie.length() - 2) + "xx")).isEmpty();
    assertThat(sessions.verify("c2Ft.99999999999.bm9uY2U.forged")).isEmpty();
    assertThat(new SessionCodec(config(), clock).verify(cookie)).isPresent();
    assertThat(later.verify(cookie)).isEmpty();
  }

  private static SecurityConfig config() {
    return new SecurityConfig() {
      @Override
      public boolean localUsers() {
        return true;
      }

      @Override
      public int bcryptCost() {
        return 4;
      }

      @Override
      public Duration sessionTimeout() {
        return Duration.ofHours(8);
      }

      @Override
      public Optional<String> sessionSecret() {
        return Optional.of("a-test-secret-of-at-least-32-characters!");
      }

      @Override
      public boolean secureCookie() {
        return false;
      }

      @Override
      public Optional<String> adminPassword() {
        return Optional.empty();
      }

      @Override
      public Path adminPasswordFile() {
        return Path.of("target/admin-password.txt");
      }

      @Override
      public Throttle throttle() {
        throw new UnsupportedOperationException("not used by sessions");
      }
    };
  }
}
