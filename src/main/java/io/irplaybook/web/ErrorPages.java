package io.irplaybook.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A page of our own for a refused or unknown page address. Without it a browser gets the
 * framework's empty 403 or 404 and shows its own error screen, with no way back into the app. Only
 * requests that ask for HTML outside {@code /api/} get it; API callers keep their problem details.
 */
public class ErrorPages {

  private static final Set<Integer> EXPLAINED = Set.of(403, 404, 405);
  private static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");

  private final PageSupport pages;

  ErrorPages(PageSupport pages) {
    this.pages = pages;
  }

  @ServerResponseFilter
  public void explain(ContainerRequestContext request, ContainerResponseContext response) {
    if (!EXPLAINED.contains(response.getStatus()) || response.hasEntity() || !isPage(request)) {
      return;
    }
    String body =
        pages
            .render(Templates.error(pages.context(), response.getStatus()), response.getStatus())
            .getEntity()
            .toString();
    response.setEntity(body, null, HTML);
  }

  private static boolean isPage(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/q/")) {
      return false;
    }
    return request.getAcceptableMediaTypes().stream()
        .anyMatch(t -> "text".equals(t.getType()) && "html".equalsIgnoreCase(t.getSubtype()));
  }
}
