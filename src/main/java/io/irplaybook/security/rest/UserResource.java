package io.irplaybook.security.rest;

import io.irplaybook.platform.ProblemException;
import io.irplaybook.platform.Roles;
import io.irplaybook.security.UserView;
import io.irplaybook.security.service.UserService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Local users, managed by admins. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {

  /** A new user: name, password (12 characters or more) and roles from {@link Roles}. */
  public record NewUser(String username, String password, List<String> roles) {}

  private final UserService users;
  private final SecurityIdentity identity;

  UserResource(UserService users, SecurityIdentity identity) {
    this.users = users;
    this.identity = identity;
  }

  @POST
  public Response create(NewUser body) {
    if (body == null) {
      throw new ProblemException(400, "Send a JSON object with username, password and roles.");
    }
    UserView user =
        users.create(
            body.username(), body.password(), body.roles(), identity.getPrincipal().getName());
    return Response.status(201).entity(user).build();
  }

  @GET
  public List<UserView> list() {
    return users.list();
  }
}
