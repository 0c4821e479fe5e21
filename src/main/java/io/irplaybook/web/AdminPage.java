package io.irplaybook.web;

import io.irplaybook.notify.ChannelTester;
import io.irplaybook.platform.Roles;
import io.irplaybook.security.Accounts;
import io.irplaybook.security.IssuedToken;
import io.irplaybook.security.SecurityProblem;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Users, API tokens and notification channels as a page for admins; the same services as
 * /api/users, /api/tokens and /api/notifications/test.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminPage {

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
    return pages.render(page(null, null, null));
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
      return pages.render(page(problem.getMessage(), null, null), problem.status());
    }
    return PageSupport.seeOther("/admin");
  }

  @POST
  @Path("/users/{username}/disable")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response disableUser(
      @FormParam("_csrf") String csrf, @PathParam("username") String username) {
    pages.checkCsrf(csrf);
    return userChange(() -> accounts.disableUser(username, actor()));
  }

  @POST
  @Path("/users/{username}/enable")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response enableUser(
      @FormParam("_csrf") String csrf, @PathParam("username") String username) {
    pages.checkCsrf(csrf);
    return userChange(() -> accounts.enableUser(username, actor()));
  }

  @POST
  @Path("/users/{username}/password")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response resetPassword(
      @FormParam("_csrf") String csrf,
      @PathParam("username") String username,
      @FormParam("password") String password) {
    pages.checkCsrf(csrf);
    return userChange(() -> accounts.resetPassword(username, password, actor()));
  }

  @POST
  @Path("/users/{username}/roles")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response changeRoles(
      @FormParam("_csrf") String csrf,
      @PathParam("username") String username,
      @FormParam("roles") List<String> roles) {
    pages.checkCsrf(csrf);
    return userChange(
        () -> accounts.changeRoles(username, roles == null ? List.of() : roles, actor()));
  }

  private Response userChange(Runnable change) {
    try {
      change.run();
    } catch (SecurityProblem problem) {
      return pages.render(page(problem.getMessage(), null, null), problem.status());
    }
    return PageSupport.seeOther("/admin");
  }

  @POST
  @Path("/tokens")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response issueToken(
      @FormParam("_csrf") String csrf,
      @FormParam("name") String name,
      @FormParam("roles") List<String> roles,
      @FormParam("expiresOn") String expiresOn) {
    pages.checkCsrf(csrf);
    try {
      // Shown in this response only, never redirected to or stored: there is no second chance to
      // see it; no-store keeps it out of caches too.
      IssuedToken issued = accounts.issueToken(name, roles, expiry(expiresOn), actor());
      return Response.fromResponse(pages.render(page(null, issued, null), 201))
          .header("Cache-Control", "no-store")
          .build();
    } catch (SecurityProblem problem) {
      return pages.render(page(problem.getMessage(), null, null), problem.status());
    }
  }

  /** A date from the form's date field: the token expires at the start of that day (UTC). */
  private static Instant expiry(String expiresOn) {
    if (expiresOn == null || expiresOn.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(expiresOn.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new SecurityProblem(
          400, "Give the expiry as a date (YYYY-MM-DD), or leave it empty to keep the token.");
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
      return pages.render(page(null, null, channel));
    }
    return pages.render(
        page(outcome.title() + ": " + outcome.detail(), null, null), outcome.status());
  }

  private TemplateInstance page(String problem, IssuedToken issued, String tested) {
    return Templates.admin(
        pages.context(),
        accounts.users(),
        accounts.tokens(),
        Roles.ALL,
        channels.channelNames(),
        tested,
        problem,
        issued,
        actor());
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }
}
