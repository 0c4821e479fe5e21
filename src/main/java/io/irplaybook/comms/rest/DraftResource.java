package io.irplaybook.comms.rest;

import io.irplaybook.comms.CommsDrafts;
import io.irplaybook.comms.DraftViews.DraftDetail;
import io.irplaybook.comms.DraftViews.DraftEdit;
import io.irplaybook.comms.DraftViews.DraftSummary;
import io.irplaybook.platform.Problem;
import io.irplaybook.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** Communication drafts: list, read with every version, edit (a new version) and approve. */
@Path("/api/comms/drafts")
@Produces(MediaType.APPLICATION_JSON)
public class DraftResource {

  private final CommsDrafts drafts;

  DraftResource(CommsDrafts drafts) {
    this.drafts = drafts;
  }

  @GET
  @RolesAllowed({
    Roles.COMMS,
    Roles.LEGAL,
    Roles.EXECUTIVE,
    Roles.INCIDENT_COMMANDER,
    Roles.ADMIN,
    Roles.AUDITOR
  })
  public Response list(@QueryParam("incident") String incident) {
    if (incident == null || incident.isBlank()) {
      return Problem.response(
          Response.Status.BAD_REQUEST,
          "Incident missing",
          "Name the incident: GET /api/comms/drafts?incident=<incident id>.");
    }
    List<DraftSummary> list = drafts.forIncident(incident);
    return Response.ok(list).build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.COMMS,
    Roles.LEGAL,
    Roles.EXECUTIVE,
    Roles.INCIDENT_COMMANDER,
    Roles.ADMIN,
    Roles.AUDITOR
  })
  public Response get(@PathParam("id") long id) {
    return drafts
        .get(id)
        .map(d -> Response.ok((DraftDetail) d).build())
        .orElseGet(() -> notFound(id));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.COMMS, Roles.LEGAL, Roles.EXECUTIVE, Roles.INCIDENT_COMMANDER})
  public Response edit(
      @PathParam("id") long id, DraftEdit edit, @Context SecurityContext security) {
    if (edit == null || (edit.subject() == null && edit.text() == null && edit.html() == null)) {
      return Problem.response(
          Response.Status.BAD_REQUEST,
          "Nothing to change",
          "Send a JSON body with at least one of subject, text or html.");
    }
    return drafts
        .edit(id, edit, security.getUserPrincipal().getName())
        .map(v -> Response.ok(v).build())
        .orElseGet(() -> notFound(id));
  }

  @POST
  @Path("/{id}/approve")
  @RolesAllowed({Roles.COMMS, Roles.LEGAL, Roles.EXECUTIVE, Roles.INCIDENT_COMMANDER})
  public Response approve(@PathParam("id") long id, @Context SecurityContext security) {
    return drafts
        .approve(id, security.getUserPrincipal().getName())
        .map(v -> Response.ok(v).build())
        .orElseGet(() -> notFound(id));
  }

  private static Response notFound(long id) {
    return Problem.response(
        Response.Status.NOT_FOUND,
        "Unknown draft",
        "No draft has id "
            + id
            + "; list an incident's drafts with GET /api/comms/drafts?incident=<id>.");
  }
}
