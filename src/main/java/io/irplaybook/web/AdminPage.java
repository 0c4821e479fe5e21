package io.irplaybook.web;

import io.irplaybook.notify.ChannelTester;
import io.irplaybook.platform.Roles;
import io.irplaybook.security.Accounts;
import io.irplaybook.security.IssuedToken;
import io.irplaybook.security.SecurityProblem;
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
 * Users, API tokens and notification channels as a page for admins; the same services as
 * /api/users, /api/tokens and /api/notifications/test.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminPage {

  @Location("inbox/admin.html")
  Template admin;

  private final Accounts accounts;
  private final PageSupport pages;
  private final SecurityIdentity identity;
  private final ChannelTester channels;

  AdminPage(
      Accounts accounts, PageSupport pages, SecurityIdentity identity, ChannelTester channels) {
    this.accounts = accounts;
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
  public Response createUser(
      @FormParam("_csrf") String csrf,
      @FormParam("username") String username,
      @FormParam("password") String password,
      @FormParam("roles") List<String> roles) {
    pages.checkCsrf(csrf);
    try {
      accounts.createUser(username, password, roles, actor());
    } catch (SecurityProblem problem) {
      return pages.render(page(problem.getMessage(), null), problem.status());
    }
    return PageSupport.seeOther("/admin");
  }

  @POST
  @Path("/tokens")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response issueToken(
      @FormParam("_csrf") String csrf,
      @FormParam("name") String name,
      @FormParam("roles") List<String> roles) {
    pages.checkCsrf(csrf);
    try {
      // Shown in this response only, never redirected to or stored: there is no second chance to
      // see it.
      return pages.render(
          page(null, accounts.issueToken(name, roles, actor())).data("issuedNow", true), 201);
    } catch (SecurityProblem problem) {
      return pages.render(page(problem.getMessage(), null), problem.status());
    }
  }

  @POST
  @Path("/tokens/{id}/revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revoke(@FormParam("_csrf") String csrf, @PathParam("id") long id) {
    pages.checkCsrf(csrf);
    accounts.revokeToken(id, actor());
    return PageSupport.seeOther("/admin");
  }

  @POST
  @Path("/channels/test")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response testChannel(
      @FormParam("_csrf") String csrf, @FormParam("channel") String channel) {
    pages.checkCsrf(csrf);
    ChannelTester.Outcome outcome = channels.test(channel, actor());
    if (outcome.delivered()) {
      return pages.render(page(null, null).data("tested", channel));
    }
    return pages.render(page(outcome.title() + ": " + outcome.detail(), null), outcome.status());
  }

  private TemplateInstance page(String problem, IssuedToken issued) {
    return admin
        .data("users", accounts.users())
        .data("tokens", accounts.tokens())
        .data("allRoles", Roles.ALL)
        .data("channels", channels.channelNames())
        .data("tested", null)
        .data("problem", problem)
        .data("issued", issued);
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }
}
