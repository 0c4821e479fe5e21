package io.irplaybook.security.rest;

import io.irplaybook.platform.ProblemException;
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
import java.util.List;

/** API tokens for machine clients: issued by admins, shown once, revocable. */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class TokenResource {

  /**
   * What to issue: a name saying who uses it, and the roles it carries (usually {@code reporter}).
   */
  public record NewToken(String name, List<String> roles) {}

  private final TokenService tokens;
  private final SecurityIdentity identity;

  TokenResource(TokenService tokens, SecurityIdentity identity) {
    this.tokens = tokens;
    this.identity = identity;
  }

  @POST
  public Response issue(NewToken body) {
    if (body == null) {
      throw new ProblemException(400, "Send a JSON object with name and roles.");
    }
    return Response.status(201)
        .entity(tokens.issue(body.name(), body.roles(), identity.getPrincipal().getName()))
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
