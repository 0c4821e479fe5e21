package io.irplaybook.engine.access;

import java.net.URI;
import java.util.Objects;

/**
 * OAuth bearer tokens the engine accepts: JWTs signed by a key of the issuer's JWKS, for this
 * audience, not expired. This is what a Camunda client with OAuth client credentials sends.
 *
 * @param issuer the expected {@code iss} claim
 * @param jwksUri where the issuer publishes its signing keys
 * @param audience the expected {@code aud} claim (for example {@code zeebe-api})
 */
public record GatewayOAuth(String issuer, URI jwksUri, String audience) {

  public GatewayOAuth {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(jwksUri, "jwksUri");
    Objects.requireNonNull(audience, "audience");
  }
}
