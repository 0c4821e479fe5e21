package io.irplaybook.inbox.rest;

import io.irplaybook.security.service.SessionCodec;
import io.irplaybook.security.service.SignInAudit;
import io.irplaybook.security.service.UserService;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** The sign-in form for the pages: checks the password, then sets the signed session cookie. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

  @Location("inbox/signin.html")
  Template signin;

  @Context
  HttpServerRequest request;

  private final UserService users;
  private final SessionCodec sessions;
  private final SignInAudit audit;
  private final PageSupport pages;

  SignInPage(UserService users, SessionCodec sessions, SignInAudit audit, PageSupport pages) {
    this.users = users;
    this.sessions = sessions;
    this.audit = audit;
    this.pages = pages;
  }

  @GET
  @Path("/")
  public Response root() {
    return PageSupport.seeOther("/inbox");
  }

  @GET
  @Path("/signin")
  public Response form(@QueryParam("next") String next) {
    return pages.render(signin.data("next", safeNext(next)).data("failed", false).data("username", null));
  }

  @POST
  @Path("/signin")
  @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signIn(@FormParam("username") String username, @FormParam("password") String password, @FormParam("next") String next) {
    String name = username == null ? "" : username.strip();
    if (password == null || users.verify(name, password).isEmpty()) {
      audit.failed(name, "form");
      return pages.render(signin.data("next", safeNext(next)).data("failed", true).data("username", name), 401);
    }
    audit.succeeded(name, "form", request == null ? null : request.remoteAddress().hostAddress());
    NewCookie cookie = new NewCookie.Builder(SessionCodec.COOKIE).value(sessions.issue(name)).path("/").httpOnly(true)
        .secure(sessions.secureCookie()).maxAge(sessions.maxAgeSeconds()).sameSite(NewCookie.SameSite.STRICT).build();
    return Response.seeOther(java.net.URI.create(safeNext(next))).cookie(cookie).build();
  }

  @POST
  @Path("/signout")
  public Response signOut() {
    NewCookie expired = new NewCookie.Builder(SessionCodec.COOKIE).value("").path("/").httpOnly(true).maxAge(0).build();
    return Response.seeOther(java.net.URI.create("/signin")).cookie(expired).build();
  }

  /** Only a local path, so the form cannot send a signed-in user to another site. */
  static String safeNext(String next) {
    return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/inbox";
  }
}
