package io.irplaybook.web;

import io.irplaybook.security.PageSessions;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The sign-in form for the pages: checks the password, then sets the signed session cookie. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

  @Location("inbox/signin.html")
  Template signin;

  @Context HttpServerRequest request;

  private final PageSessions sessions;
  private final PageSupport pages;

  SignInPage(PageSessions sessions, PageSupport pages) {
    this.sessions = sessions;
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
    return pages.render(
        signin.data("next", safeNext(next)).data("failed", false).data("username", null));
  }

  @POST
  @Path("/signin")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signIn(
      @FormParam("username") String username,
      @FormParam("password") String password,
      @FormParam("next") String next) {
    String sourceIp = request == null ? null : request.remoteAddress().hostAddress();
    var cookie = sessions.signIn(username, password, sourceIp);
    if (cookie.isEmpty()) {
      String typed = username == null ? "" : username.strip();
      return pages.render(
          signin.data("next", safeNext(next)).data("failed", true).data("username", typed), 401);
    }
    return Response.seeOther(URI.create(safeNext(next))).cookie(cookie.get()).build();
  }

  @POST
  @Path("/signout")
  public Response signOut() {
    return Response.seeOther(URI.create("/signin")).cookie(sessions.signOutCookie()).build();
  }

  /** Only a local path, so the form cannot send a signed-in user to another site. */
  static String safeNext(String next) {
    return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
        ? next
        : "/inbox";
  }
}
