package io.irplaybook.web;

import io.irplaybook.platform.Roles;
import io.irplaybook.security.PageSessions;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The pages' language (a {@code ?lang=} switch remembered in a cookie, else the browser's
 * Accept-Language) and the common page context.
 */
@RequestScoped
public class PageSupport {

  static final String LANG_COOKIE = "irp_lang";

  private final SecurityIdentity identity;
  private final HttpHeaders headers;
  private final UriInfo uri;
  private final PageSessions sessions;

  PageSupport(SecurityIdentity identity, HttpHeaders headers, UriInfo uri, PageSessions sessions) {
    this.identity = identity;
    this.headers = headers;
    this.uri = uri;
    this.sessions = sessions;
  }

  public String lang() {
    String switched = uri.getQueryParameters().getFirst("lang");
    if ("ja".equals(switched) || "en".equals(switched)) {
      return switched;
    }
    var cookie = headers.getCookies().get(LANG_COOKIE);
    if (cookie != null && ("ja".equals(cookie.getValue()) || "en".equals(cookie.getValue()))) {
      return cookie.getValue();
    }
    return headers.getAcceptableLanguages().stream()
        .map(Locale::getLanguage)
        .filter(l -> l.equals("ja") || l.equals("en"))
        .findFirst()
        .orElse("en");
  }

  public PageContext context() {
    if (identity.isAnonymous()) {
      return new PageContext(null, List.of(), "", lang());
    }
    return new PageContext(
        identity.getPrincipal().getName(),
        Roles.assigned(identity.getRoles()),
        sessions.csrfToken(identity),
        lang());
  }

  /**
   * Renders the page in the chosen language with the given status, remembering a language switch.
   */
  public Response render(TemplateInstance page, int status) {
    String lang = lang();
    TemplateInstance localized =
        page.data("page", context()).setLocale(Locale.forLanguageTag(lang));
    Response.ResponseBuilder response =
        Response.status(status).type("text/html;charset=UTF-8").entity(localized.render());
    if (uri.getQueryParameters().containsKey("lang")) {
      response.cookie(
          new NewCookie.Builder(LANG_COOKIE)
              .value(lang)
              .path("/")
              .maxAge(365 * 24 * 3600)
              .sameSite(NewCookie.SameSite.LAX)
              .build());
    }
    return response.build();
  }

  public Response render(TemplateInstance page) {
    return render(page, 200);
  }

  public void checkCsrf(String token) {
    sessions.checkCsrf(identity, token);
  }

  public static Response seeOther(String path) {
    return Response.seeOther(URI.create(path)).build();
  }
}
