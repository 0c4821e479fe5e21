package io.irplaybook.security.rest;

import io.irplaybook.platform.Roles;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who the caller is, as the service sees it: a quick check of credentials and roles. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

  /** The caller's name and roles. */
  public record Me(String name, List<String> roles) {}

  private final SecurityIdentity identity;

  MeResource(SecurityIdentity identity) {
    this.identity = identity;
  }

  @GET
  public Me me() {
    return new Me(identity.getPrincipal().getName(), Roles.assigned(identity.getRoles()));
  }
}
