package io.irplaybook.notify.rest;

import io.irplaybook.notify.ChannelTester;
import io.irplaybook.notify.Notification;
import io.irplaybook.notify.service.NotificationAdmin;
import io.irplaybook.platform.Problem;
import io.irplaybook.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;

/** The outbox for operators: dead letters, retrying them, and a test message through a channel. */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  private final NotificationAdmin admin;
  private final ChannelTester tester;

  NotificationResource(NotificationAdmin admin, ChannelTester tester) {
    this.admin = admin;
    this.tester = tester;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.INCIDENT_COMMANDER})
  public List<NotificationView> list(
      @QueryParam("status") String status,
      @QueryParam("incident") String incident,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return admin.list(status, incident, Math.max(1, Math.min(limit, 1000))).stream()
        .map(NotificationView::of)
        .toList();
  }

  @POST
  @Path("/{id}/retry")
  @RolesAllowed(Roles.ADMIN)
  public Response retry(@PathParam("id") String id, @Context SecurityContext security) {
    return switch (admin.retry(id, security.getUserPrincipal().getName())) {
      case RETRIED -> Response.accepted(Map.of("id", id, "status", Notification.PENDING)).build();
      case NOT_FOUND ->
          Problem.response(
              Response.Status.NOT_FOUND,
              "Unknown notification",
              "No notification has id '"
                  + id
                  + "'; list them with GET /api/notifications?status=DEAD.");
      case NOT_DEAD ->
          Problem.response(
              Response.Status.CONFLICT,
              "Not a dead letter",
              "Notification '"
                  + id
                  + "' is still being delivered or was delivered; only DEAD notifications can be retried.");
    };
  }

  @POST
  @Path("/test")
  @RolesAllowed(Roles.ADMIN)
  public Response test(@QueryParam("channel") String channel, @Context SecurityContext security) {
    ChannelTester.Outcome outcome = tester.test(channel, security.getUserPrincipal().getName());
    if (outcome.delivered()) {
      return Response.ok(Map.of("channel", channel, "delivered", true, "detail", outcome.detail()))
          .build();
    }
    return Problem.response(outcome.status(), outcome.title(), outcome.detail());
  }
}
