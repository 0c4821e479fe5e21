package io.irplaybook.security.service;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** What {@link IrpAuthenticationMechanism} found on a request, one type per way of signing in. */
final class Credentials {

  private Credentials() {}

  /** HTTP Basic with a local user's name and password. */
  static final class Password extends BaseAuthenticationRequest {
    final String username;
    final String password;

    Password(String username, String password) {
      this.username = username;
      this.password = password;
    }
  }

  /** {@code Authorization: Bearer irp_...}. */
  static final class Token extends BaseAuthenticationRequest {
    final String token;

    Token(String token) {
      this.token = token;
    }
  }

  /** A valid page-session cookie. */
  static final class Session extends BaseAuthenticationRequest {
    final SessionCodec.Session session;

    Session(SessionCodec.Session session) {
      this.session = session;
    }
  }
}
