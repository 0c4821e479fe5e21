package io.irplaybook.engine.access;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * Admits a bearer JWT signed by one of the issuer's keys (fetched from its JWKS and cached, fetched
 * again for an unknown key id), with the expected issuer and audience and an expiry in the future.
 */
final class OAuthBearer implements GatewayCredential {

  private static final String BEARER = "Bearer ";

  private final JwtConsumer consumer;

  OAuthBearer(GatewayOAuth oauth) {
    HttpsJwks jwks = new HttpsJwks(oauth.jwksUri().toString());
    this.consumer =
        new JwtConsumerBuilder()
            .setRequireExpirationTime()
            .setAllowedClockSkewInSeconds(30)
            .setExpectedIssuer(oauth.issuer())
            .setExpectedAudience(oauth.audience())
            .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(jwks))
            // Asymmetric signatures only: never "none", never an HMAC keyed with a public key.
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.RSA_USING_SHA256,
                AlgorithmIdentifiers.RSA_USING_SHA384,
                AlgorithmIdentifiers.RSA_USING_SHA512,
                AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384)
            .build();
  }

  @Override
  public String expected() {
    return "Bearer <an OAuth access token of irp.engine.oauth.issuer>";
  }

  @Override
  public boolean admits(String authorizationHeader) {
    if (authorizationHeader == null || !authorizationHeader.startsWith(BEARER)) {
      return false;
    }
    try {
      consumer.processToClaims(authorizationHeader.substring(BEARER.length()).strip());
      return true;
    } catch (InvalidJwtException e) {
      return false;
    }
  }
}
