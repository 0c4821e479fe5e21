package io.irplaybook.web;

import io.irplaybook.security.PageSessions;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
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
import java.net.URI;

/**
 * The sign-in form for the pages: checks its CSRF token, the throttle and the password, then sets
 * the session cookie; signing out ends the session server-side.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

  @Context HttpServerRequest request;

  private final PageSessions sessions;
  private final PageSupport pages;
  private final SecurityIdentity identity;

  SignInPage(PageSessions sessions, PageSupport pages, SecurityIdentity identity) {
    this.sessions = sessions;
    this.pages = pages;
    this.identity = identity;
  }

  /** Each role's own start page; anonymous visitors go to the sign-in form. */
  @GET
  @Path("/")
  public Response root() {
    if (identity.isAnonymous()) {
      return PageSupport.seeOther("/signin");
    }
    return PageSupport.seeOther(pages.context().landingPath());
  }

  @GET
  @Path("/signin")
  public Response form(
      @QueryParam("next") String next,
      @CookieParam(PageSessions.SIGN_IN_COOKIE) String signInCookie) {
    return show(next, signInCookie, null, null, null, 200);
  }

  @POST
  @Path("/signin")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signIn(
      @FormParam(PageSessions.CSRF_FIELD) String csrf,
      @FormParam("username") String username,
      @FormParam("password") String password,
      @FormParam("next") String next,
      @CookieParam(PageSessions.SIGN_IN_COOKIE) String signInCookie) {
    String sourceIp = request == null ? null : request.remoteAddress().hostAddress();
    String typed = username == null ? "" : username.strip();
    PageSessions.SignIn outcome = sessions.signIn(username, password, sourceIp, signInCookie, csrf);
    if (outcome instanceof PageSessions.SignIn.SignedIn in) {
      return Response.seeOther(URI.create(safeNext(next)))
          .cookie(in.cookies().toArray(NewCookie[]::new))
          .build();
    }
    if (outcome instanceof PageSessions.SignIn.Throttled throttled) {
      Response page =
          show(next, signInCookie, "throttled", typed, throttled.retryAfterSeconds(), 429);
      return Response.fromResponse(page)
          .header("Retry-After", String.valueOf(throttled.retryAfterSeconds()))
          .build();
    }
    if (outcome instanceof PageSessions.SignIn.FormExpired) {
      return show(next, null, "formExpired", typed, null, 403);
    }
    return show(next, signInCookie, "wrongPassword", typed, null, 401);
  }

  @POST
  @Path("/signout")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signOut(@FormParam(PageSessions.CSRF_FIELD) String csrf) {
    return Response.seeOther(URI.create("/signin"))
        .cookie(sessions.signOut(identity, csrf))
        .build();
  }

  /** The form with a CSRF token paired with the browser's sign-in cookie (set again here). */
  private Response show(
      String next,
      String signInCookie,
      String problem,
      String username,
      Long retryAfter,
      int status) {
    PageSessions.SignInForm form = sessions.signInForm(signInCookie);
    TemplateInstance page =
        Templates.signin(
            pages.context(), safeNext(next), form.csrf(), problem, retryAfter, username);
    return Response.fromResponse(pages.render(page, status)).cookie(form.cookie()).build();
  }

  /**
   * Only a local path, so the form cannot send a signed-in user to another site; without one, the
   * root, which sends each role to its own start page.
   */
  static String safeNext(String next) {
    return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
        ? next
        : "/";
  }
}
