package io.irplaybook.web;

import io.irplaybook.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The incident overview at its first address, under the inbox, where task pages and notices sent
 * before the incident pages existed link to; the same page as /incidents/{id}.
 */
@Path("/inbox/incidents/{incidentId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ANY_RESPONDER, Roles.ADMIN, Roles.AUDITOR})
public class IncidentPage {

  private final IncidentOverviews overviews;
  private final PageSupport pages;

  IncidentPage(IncidentOverviews overviews, PageSupport pages) {
    this.overviews = overviews;
    this.pages = pages;
  }

  @GET
  public Response show(
      @PathParam("incidentId") String incidentId, @QueryParam("timeline") String timeline) {
    return pages.render(
        Templates.incident(pages.context(), overviews.of(incidentId, timeline, pages.lang())));
  }
}
