package io.irplaybook.engine.access;

/**
 * A credential the engine's two APIs accept, presented in the {@code Authorization} header ({@code
 * Bearer ...} or {@code Basic ...}).
 */
public interface GatewayCredential {

  /** True when the value of an {@code Authorization} header carries an accepted credential. */
  boolean admits(String authorizationHeader);

  /** The header value a client must send, in words, for the refusal's message (never a secret). */
  String expected();

  /** Admits what either credential admits (a static token during a move to OAuth, say). */
  default GatewayCredential or(GatewayCredential other) {
    GatewayCredential self = this;
    return new GatewayCredential() {
      @Override
      public boolean admits(String header) {
        return self.admits(header) || other.admits(header);
      }

      @Override
      public String expected() {
        return self.expected() + " or " + other.expected();
      }
    };
  }
}
