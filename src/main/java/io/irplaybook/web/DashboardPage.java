package io.irplaybook.web;

import io.irplaybook.inbox.Inbox;
import io.irplaybook.incident.Incidents;
import io.irplaybook.platform.Roles;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The commander dashboard, where commanders, admins and auditors land: what runs, what is late,
 * which regulator clock runs out next, and how fast each tier is handled over a chosen period.
 */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ANY_RESPONDER, Roles.ADMIN, Roles.AUDITOR})
public class DashboardPage {

  /** The periods the page offers, in days. */
  static final List<Integer> PERIODS = List.of(7, 30, 90, 365);

  private final Incidents incidents;
  private final Inbox inbox;
  private final PageSupport pages;
  private final Clock clock;

  DashboardPage(Incidents incidents, Inbox inbox, PageSupport pages, Clock clock) {
    this.incidents = incidents;
    this.inbox = inbox;
    this.pages = pages;
    this.clock = clock;
  }

  @GET
  public Response show(@QueryParam("days") @DefaultValue("30") int days) {
    int period = PERIODS.contains(days) ? days : 30;
    Instant since = clock.instant().minus(Duration.ofDays(period));
    InboxMessages msg = MessageBundles.get(InboxMessages.class, Localized.Literal.of(pages.lang()));
    Dashboard dashboard =
        DashboardFigures.of(
            incidents.activeOrDeclaredSince(since),
            inbox.openSteps(),
            since,
            period,
            List.of(msg.timeToFirstAction(), msg.timeToContain(), msg.timeToClose()),
            msg.chartTitle(period));
    return pages.render(Templates.dashboard(pages.context(), dashboard, PERIODS));
  }
}
