package io.irplaybook.engine.access;

/** A credential the engine's two APIs accept, presented as {@code Authorization: Bearer ...}. */
public interface GatewayCredential {

  /** True when the value of an {@code Authorization} header carries an accepted credential. */
  boolean admits(String authorizationHeader);

  /** Admits what either credential admits (a static token during a move to OAuth, say). */
  default GatewayCredential or(GatewayCredential other) {
    return header -> admits(header) || other.admits(header);
  }
}
