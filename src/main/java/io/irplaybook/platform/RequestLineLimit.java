package io.irplaybook.platform;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a request whose URI is too long with 414 as a problem, like every other error.
 *
 * <p>Vert.x refuses a request line over {@code quarkus.http.limits.max-initial-line-length} itself,
 * before any application code runs, with an empty 414 that nothing here can change. So that limit
 * is set well above {@link #MAX_URI_LENGTH} (application.properties) and this filter enforces the
 * real one: every URI between the two gets a problem body. Only a request line over the HTTP
 * layer's own limit still gets the empty answer.
 */
@ApplicationScoped
public class RequestLineLimit {

  /** The longest URI (path and query) the service accepts; no API operation needs more. */
  public static final int MAX_URI_LENGTH = 8 * 1024;

  /** Before authentication: a caller need not be signed in to learn the URI is too long. */
  private static final int PRIORITY = 2000;

  private static final String BODY =
      "{\"type\":\"about:blank\",\"title\":\"URI Too Long\",\"status\":414,\"detail\":\"Expected"
          + " a request URI (path and query) of at most "
          + MAX_URI_LENGTH
          + " characters; send long values in a request body instead.\"}";

  void register(@Observes Filters filters) {
    filters.register(
        context -> {
          if (context.request().uri().length() > MAX_URI_LENGTH) {
            context
                .response()
                .setStatusCode(414)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(BODY);
          } else {
            context.next();
          }
        },
        PRIORITY);
  }
}
