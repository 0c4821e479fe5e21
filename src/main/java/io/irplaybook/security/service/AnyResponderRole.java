package io.irplaybook.security.service;

import io.irplaybook.platform.Roles;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Gives every identity that holds a responder role the derived role {@link Roles#ANY_RESPONDER}, so
 * endpoints open to any responder name one role instead of repeating the list. Runs for every
 * sign-in method, OIDC included.
 */
@ApplicationScoped
public class AnyResponderRole implements SecurityIdentityAugmentor {

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()
        || identity.hasRole(Roles.ANY_RESPONDER)
        || Roles.RESPONDER_ROLES.stream().noneMatch(identity::hasRole)) {
      return Uni.createFrom().item(identity);
    }
    return Uni.createFrom()
        .item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.ANY_RESPONDER).build());
  }
}
