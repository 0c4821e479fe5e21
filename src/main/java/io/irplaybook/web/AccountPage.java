package io.irplaybook.web;

import io.irplaybook.security.Accounts;
import io.irplaybook.security.SecurityProblem;
import io.irplaybook.security.UserView;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Any signed-in user's own account: who they are, their roles, and changing their password. Every
 * role reaches it, so it is also the start page of roles that have no other page (reporters).
 */
@Path("/account/password")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AccountPage {

  @Context HttpServerRequest request;

  private final Accounts accounts;
  private final PageSupport pages;
  private final SecurityIdentity identity;

  AccountPage(Accounts accounts, PageSupport pages, SecurityIdentity identity) {
    this.accounts = accounts;
    this.pages = pages;
    this.identity = identity;
  }

  @GET
  public Response show() {
    return pages.render(Templates.account(pages.context(), null, slackUserId(), null));
  }

  /** Links (or, when empty, unlinks) the user's own Slack member id. */
  @POST
  @Path("slack")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response linkSlack(
      @FormParam("_csrf") String csrf, @FormParam("slackUserId") String slackUserId) {
    pages.checkCsrf(csrf);
    String me = identity.getPrincipal().getName();
    try {
      accounts.linkSlack(me, slackUserId, me);
    } catch (SecurityProblem problem) {
      return pages.render(
          Templates.account(pages.context(), null, slackUserId, problem.getMessage()),
          problem.status());
    }
    return PageSupport.seeOther("/account/password");
  }

  private String slackUserId() {
    return accounts.user(identity.getPrincipal().getName()).map(UserView::slackUserId).orElse(null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(
      @FormParam("_csrf") String csrf,
      @FormParam("current") String current,
      @FormParam("password") String password,
      @FormParam("confirm") String confirm) {
    pages.checkCsrf(csrf);
    if (password == null || !password.equals(confirm)) {
      return pages.render(Templates.account(pages.context(), "mismatch", slackUserId(), null), 400);
    }
    try {
      accounts.changeOwnPassword(
          identity,
          current,
          password,
          request == null ? null : request.remoteAddress().hostAddress());
    } catch (SecurityProblem problem) {
      return pages.render(
          Templates.account(pages.context(), problem.getMessage(), slackUserId(), null),
          problem.status());
    }
    // Every session of the user ended with the change, this one too: sign in with the new one.
    return PageSupport.seeOther("/signin");
  }
}
