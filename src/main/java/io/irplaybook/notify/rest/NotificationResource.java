package io.irplaybook.notify.rest;

import io.irplaybook.platform.Problem;
import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.notify.Notification;
import io.irplaybook.notify.service.ChannelSenders;
import io.irplaybook.notify.service.DeliveryResult;
import io.irplaybook.notify.service.NotificationAdmin;
import io.irplaybook.security.Roles;
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
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The outbox for operators: dead letters, retrying them, and a test message through a channel. */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  private final NotificationAdmin admin;
  private final ChannelSenders senders;
  private final AuditTrail audit;
  private final Clock clock;

  NotificationResource(NotificationAdmin admin, ChannelSenders senders, AuditTrail audit, Clock clock) {
    this.admin = admin;
    this.senders = senders;
    this.audit = audit;
    this.clock = clock;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.INCIDENT_COMMANDER})
  public List<NotificationView> list(@QueryParam("status") String status, @QueryParam("incident") String incident,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return admin.list(status, incident, Math.max(1, Math.min(limit, 1000))).stream().map(NotificationView::of).toList();
  }

  @POST
  @Path("/{id}/retry")
  @RolesAllowed(Roles.ADMIN)
  public Response retry(@PathParam("id") String id, @Context SecurityContext security) {
    return switch (admin.retry(id, security.getUserPrincipal().getName())) {
      case RETRIED -> Response.accepted(Map.of("id", id, "status", Notification.PENDING)).build();
      case NOT_FOUND -> Problem.response(Response.Status.NOT_FOUND, "Unknown notification",
          "No notification has id '" + id + "'; list them with GET /api/notifications?status=DEAD.");
      case NOT_DEAD -> Problem.response(Response.Status.CONFLICT, "Not a dead letter",
          "Notification '" + id + "' is still being delivered or was delivered; only DEAD notifications can be retried.");
    };
  }

  @POST
  @Path("/test")
  @RolesAllowed(Roles.ADMIN)
  public Response test(@QueryParam("channel") String channel, @Context SecurityContext security) {
    if (channel == null || channel.isBlank()) {
      return Problem.response(Response.Status.BAD_REQUEST, "Channel missing",
          "Name the channel to test: POST /api/notifications/test?channel=<name>.");
    }
    var problem = senders.problem(channel);
    if (problem.isPresent()) {
      return Problem.response(Problem.UNPROCESSABLE, "Channel cannot be used",
          "Nothing was sent: " + problem.get() + ".");
    }
    Notification probe = new Notification();
    probe.id = "msg_test_" + UUID.randomUUID().toString().replace("-", "");
    probe.channel = channel;
    probe.locale = "en";
    probe.subject = "ir-playbook-runner test message";
    probe.bodyText = "This is a test message from ir-playbook-runner for channel " + channel + " at "
        + clock.instant() + ". If you can read it, the channel works.";
    DeliveryResult result = senders.send(probe);
    boolean delivered = result.outcome() == DeliveryResult.Outcome.DELIVERED;
    audit.append(AuditEvent.of(security.getUserPrincipal().getName(), "notification.tested", "channel", channel)
        .result(delivered ? AuditEvent.SUCCESS : AuditEvent.FAILURE).detail("detail", result.detail()).build());
    if (delivered) {
      return Response.ok(Map.of("channel", channel, "delivered", true, "detail", result.detail())).build();
    }
    return Problem.response(Response.Status.BAD_GATEWAY, "Test message not delivered",
        "Channel '" + channel + "' did not accept the test message (" + result.detail() + "); check its configuration.");
  }
}
