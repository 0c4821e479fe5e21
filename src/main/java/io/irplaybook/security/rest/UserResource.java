package io.irplaybook.security.rest;

import io.irplaybook.platform.Roles;
import io.irplaybook.security.UserView;
import io.irplaybook.security.service.SlackLinks;
import io.irplaybook.security.service.UserService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Local users, managed by admins: create, disable, enable, reset a password. Disabling a user or
 * setting their password ends their page sessions and HTTP Basic access at once.
 */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {

  /** A new user: name, password (12 characters or more) and roles from {@link Roles}. */
  public record NewUser(String username, String password, List<String> roles) {}

  /** A new password (12 characters or more). */
  public record NewPassword(String password) {}

  /** The Slack member id to link (null or blank: unlink). */
  public record SlackLink(String slackUserId) {}

  private final UserService users;
  private final SlackLinks slack;
  private final SecurityIdentity identity;

  UserResource(UserService users, SlackLinks slack, SecurityIdentity identity) {
    this.users = users;
    this.slack = slack;
    this.identity = identity;
  }

  @POST
  public Response create(NewUser body) {
    NewUser user = body == null ? new NewUser(null, null, null) : body;
    UserView created = users.create(user.username(), user.password(), user.roles(), actor());
    return Response.status(201).entity(created).build();
  }

  @GET
  public List<UserView> list() {
    return users.list();
  }

  /** Disables the user (not yourself) and ends their sessions. */
  @POST
  @Path("/{username}/disable")
  public UserView disable(@PathParam("username") String username) {
    return users.disable(username, actor());
  }

  @POST
  @Path("/{username}/enable")
  public UserView enable(@PathParam("username") String username) {
    return users.enable(username, actor());
  }

  /** Sets the user's password (a reset by an admin) and ends their sessions. */
  @POST
  @Path("/{username}/password")
  public UserView resetPassword(@PathParam("username") String username, NewPassword body) {
    return users.resetPassword(username, body == null ? null : body.password(), actor());
  }

  /** Links the user to a Slack member id, or unlinks them (docs/integrations.md). */
  @PUT
  @Path("/{username}/slack")
  public UserView linkSlack(@PathParam("username") String username, SlackLink body) {
    return slack.link(username, body == null ? null : body.slackUserId(), actor());
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }
}
