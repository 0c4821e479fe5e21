package io.irplaybook.inbox.rest;

import io.irplaybook.notify.service.ChannelTester;
import io.irplaybook.security.Roles;
import io.irplaybook.security.SecurityProblem;
import io.irplaybook.security.service.RoleNames;
import io.irplaybook.security.service.TokenService;
import io.irplaybook.security.service.UserService;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Users, API tokens and notification channels as a page for admins; the same services as /api/users,
 * /api/tokens and /api/notifications/test.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminPage {

  @Location("inbox/admin.html")
  Template admin;

  private final UserService users;
  private final TokenService tokens;
  private final PageSupport pages;
  private final SecurityIdentity identity;
  private final ChannelTester channels;

  AdminPage(UserService users, TokenService tokens, PageSupport pages, SecurityIdentity identity, ChannelTester channels) {
    this.users = users;
    this.tokens = tokens;
    this.pages = pages;
    this.identity = identity;
    this.channels = channels;
  }

  @GET
  public Response show() {
    return pages.render(page(null, null));
  }

  @POST
  @Path("/users")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response createUser(@FormParam("_csrf") String csrf, @FormParam("username") String username,
      @FormParam("password") String password, @FormParam("roles") List<String> roles) {
    pages.checkCsrf(csrf);
    try {
      users.create(username, password, roles, actor());
    } catch (SecurityProblem problem) {
      return pages.render(page(problem.getMessage(), null), problem.status());
    }
    return PageSupport.seeOther("/admin");
  }

  @POST
  @Path("/tokens")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response issueToken(@FormParam("_csrf") String csrf, @FormParam("name") String name, @FormParam("roles") List<String> roles) {
    pages.checkCsrf(csrf);
    try {
      // Shown in this response only, never redirected to or stored: there is no second chance to see it.
      return pages.render(page(null, tokens.issue(name, roles, actor())).data("issuedNow", true), 201);
    } catch (SecurityProblem problem) {
      return pages.render(page(problem.getMessage(), null), problem.status());
    }
  }

  @POST
  @Path("/tokens/{id}/revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revoke(@FormParam("_csrf") String csrf, @PathParam("id") long id) {
    pages.checkCsrf(csrf);
    tokens.revoke(id, actor());
    return PageSupport.seeOther("/admin");
  }

  @POST
  @Path("/channels/test")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response testChannel(@FormParam("_csrf") String csrf, @FormParam("channel") String channel) {
    pages.checkCsrf(csrf);
    ChannelTester.Outcome outcome = channels.test(channel, actor());
    if (outcome.delivered()) {
      return pages.render(page(null, null).data("tested", channel));
    }
    return pages.render(page(outcome.title() + ": " + outcome.detail(), null), outcome.status());
  }

  private TemplateInstance page(String problem, TokenService.IssuedToken issued) {
    return admin.data("users", users.list()).data("tokens", tokens.list()).data("allRoles", RoleNames.ALL)
        .data("channels", channels.channelNames()).data("tested", null)
        .data("problem", problem).data("issued", issued);
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }
}
