package io.irplaybook.security.rest;

import io.irplaybook.platform.Roles;
import io.irplaybook.security.TokenView;
import io.irplaybook.security.service.TokenService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** API tokens for machine clients: issued by admins, shown once, revocable. */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class TokenResource {

  /**
   * What to issue: a name saying who uses it (a label: the token acts as {@code token:<name>}), the
   * roles it carries (usually {@code reporter}) and optionally when it expires.
   */
  public record NewToken(String name, List<String> roles, Instant expiresAt) {}

  private final TokenService tokens;
  private final SecurityIdentity identity;

  TokenResource(TokenService tokens, SecurityIdentity identity) {
    this.tokens = tokens;
    this.identity = identity;
  }

  @POST
  public Response issue(NewToken body) {
    NewToken token = body == null ? new NewToken(null, null, null) : body;
    return Response.status(201)
        .header("Cache-Control", "no-store")
        .entity(
            tokens.issue(
                token.name(), token.roles(), token.expiresAt(), identity.getPrincipal().getName()))
        .build();
  }

  @GET
  public List<TokenView> list() {
    return tokens.list();
  }

  @DELETE
  @Path("/{id}")
  public TokenView revoke(@PathParam("id") long id) {
    return tokens.revoke(id, identity.getPrincipal().getName());
  }
}
