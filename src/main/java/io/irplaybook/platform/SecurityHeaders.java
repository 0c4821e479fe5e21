package io.irplaybook.platform;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The one place that adds the browser-facing security headers (issue 16, point 6), on every answer
 * of the public port, errors and framework answers included:
 *
 * <ul>
 *   <li>a Content-Security-Policy that runs no inline script, loads everything from this origin and
 *       may not be framed ({@code frame-ancestors 'none'}, with {@code X-Frame-Options: DENY} for
 *       older browsers);
 *   <li>{@code Referrer-Policy: no-referrer}, so incident ids in page URLs never leak to a link's
 *       target, and {@code X-Content-Type-Options: nosniff};
 *   <li>{@code Strict-Transport-Security} when the request came over HTTPS (directly, or as the
 *       proxy says when proxy-address-forwarding is on);
 *   <li>{@code Cache-Control: no-store} on every HTML page unless the page set its own: pages show
 *       incident details, CSRF tokens and, once, a newly issued API token.
 * </ul>
 *
 * <p>Framework endpoints under {@code /q/} (Swagger UI needs inline script) are left alone; in
 * production they are on the management port anyway.
 */
@ApplicationScoped
public class SecurityHeaders {

  /**
   * {@code style-src 'unsafe-inline'} only because the page layout still carries its styles in a
   * {@code <style>} element; script stays strictly same-origin files.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors"
          + " 'none'";

  static final String HSTS = "max-age=31536000; includeSubDomains";

  /** Runs before routing and authentication, so refused and failed requests get them too. */
  private static final int PRIORITY = 1000;

  void register(@Observes Filters filters) {
    filters.register(SecurityHeaders::addOnAnswer, PRIORITY);
  }

  private static void addOnAnswer(RoutingContext context) {
    String path = context.normalizedPath();
    if (path != null && (path.equals("/q") || path.startsWith("/q/"))) {
      context.next();
      return;
    }
    boolean secure = "https".equalsIgnoreCase(context.request().scheme());
    context.addHeadersEndHandler(ignored -> apply(context.response().headers(), secure));
    context.next();
  }

  static void apply(MultiMap headers, boolean secure) {
    headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Content-Type-Options", "nosniff");
    if (secure) {
      headers.set("Strict-Transport-Security", HSTS);
    }
    String type = headers.get("Content-Type");
    if (type != null && type.startsWith("text/html") && !headers.contains("Cache-Control")) {
      headers.set("Cache-Control", "no-store");
    }
  }
}
