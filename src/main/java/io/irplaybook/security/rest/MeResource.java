package io.irplaybook.security.rest;

import io.irplaybook.platform.Roles;
import io.irplaybook.security.SecurityProblem;
import io.irplaybook.security.service.SelfService;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Who the caller is, as the service sees it, and changing one's own password. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

  /** The caller's name and roles (the derived {@link Roles#ANY_RESPONDER} left out). */
  public record Me(String name, List<String> roles) {}

  /** The current password, proving it is the user, and the new one (12 characters or more). */
  public record PasswordChange(String currentPassword, String newPassword) {}

  @Context HttpServerRequest request;

  private final SecurityIdentity identity;
  private final SelfService self;

  MeResource(SecurityIdentity identity, SelfService self) {
    this.identity = identity;
    this.self = self;
  }

  @GET
  public Me me() {
    return new Me(identity.getPrincipal().getName(), Roles.assigned(identity.getRoles()));
  }

  /**
   * Changes the caller's own password; every session of the caller ends, so page users sign in
   * again. A wrong current password counts as a failed sign-in (and is throttled as one).
   */
  @POST
  @Path("/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changePassword(PasswordChange body) {
    if (body == null) {
      throw new SecurityProblem(400, "Send currentPassword and newPassword.");
    }
    String address = request == null ? null : request.remoteAddress().hostAddress();
    self.changePassword(identity, body.currentPassword(), body.newPassword(), address);
    return Response.noContent().build();
  }
}
