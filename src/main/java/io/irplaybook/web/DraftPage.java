package io.irplaybook.web;

import io.irplaybook.comms.CommsDrafts;
import io.irplaybook.comms.DraftAudience;
import io.irplaybook.comms.DraftViews.DraftDetail;
import io.irplaybook.comms.DraftViews.DraftEdit;
import io.irplaybook.comms.DraftViews.VersionView;
import io.irplaybook.incident.Incidents;
import io.irplaybook.notify.ChannelClass;
import io.irplaybook.notify.ChannelSummary;
import io.irplaybook.notify.ChannelTester;
import io.irplaybook.platform.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * One communication draft for its reviewers: the latest version as text and as HTML side by side,
 * what changed since the version before, an edit form (a new version) and approval; the same rules
 * and roles as /api/comms/drafts.
 */
@Path("/drafts/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({
  Roles.COMMS,
  Roles.LEGAL,
  Roles.EXECUTIVE,
  Roles.INCIDENT_COMMANDER,
  Roles.ADMIN,
  Roles.AUDITOR
})
public class DraftPage {

  /** What the review page shows of a draft. */
  public record Review(
      DraftDetail draft,
      VersionView latest,
      VersionView previous,
      List<LineDiff.Line> textDiff,
      boolean subjectChanged,
      boolean htmlChanged,
      boolean mayEdit,
      String audience,
      List<ChannelSummary> channels) {

    /** The channel this draft would reach: one of the incident's, of the draft's class. */
    public boolean reaches(ChannelSummary channel) {
      return audience != null && channel.reaches(ChannelClass.parse(audience));
    }
  }

  private final CommsDrafts drafts;
  private final Incidents incidents;
  private final ChannelTester channels;
  private final PageSupport pages;
  private final SecurityIdentity identity;

  DraftPage(
      CommsDrafts drafts,
      Incidents incidents,
      ChannelTester channels,
      PageSupport pages,
      SecurityIdentity identity) {
    this.drafts = drafts;
    this.incidents = incidents;
    this.channels = channels;
    this.pages = pages;
    this.identity = identity;
  }

  @GET
  public Response show(@PathParam("id") long id) {
    return pages.render(Templates.draft(pages.context(), review(id), null));
  }

  @POST
  @Path("/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({Roles.COMMS, Roles.LEGAL, Roles.EXECUTIVE, Roles.INCIDENT_COMMANDER})
  public Response edit(
      @PathParam("id") long id,
      @FormParam("_csrf") String csrf,
      @FormParam("subject") String subject,
      @FormParam("text") String text,
      @FormParam("html") String html) {
    pages.checkCsrf(csrf);
    Review before = review(id);
    if (subject == null || subject.isBlank() || text == null || text.isBlank()) {
      return pages.render(Templates.draft(pages.context(), before, "empty"), 400);
    }
    // A text-only draft keeps no HTML; the form has no HTML field for it.
    String newHtml = before.latest().html() == null ? null : html;
    drafts.edit(id, new DraftEdit(subject.strip(), normalise(text), newHtml), user());
    return PageSupport.seeOther("/drafts/" + id);
  }

  @POST
  @Path("/approve")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({Roles.COMMS, Roles.LEGAL, Roles.EXECUTIVE, Roles.INCIDENT_COMMANDER})
  public Response approve(@PathParam("id") long id, @FormParam("_csrf") String csrf) {
    pages.checkCsrf(csrf);
    drafts.approve(id, user()).orElseThrow(NotFoundException::new);
    return PageSupport.seeOther("/drafts/" + id);
  }

  private Review review(long id) {
    DraftDetail draft = drafts.get(id).orElseThrow(NotFoundException::new);
    List<VersionView> versions = draft.versions();
    VersionView latest = versions.get(versions.size() - 1);
    VersionView previous = versions.size() > 1 ? versions.get(versions.size() - 2) : null;
    var context = pages.context();
    boolean mayEdit =
        draft.sentAt() == null
            && (context.isCommander()
                || context.roles().contains(Roles.COMMS)
                || context.roles().contains(Roles.LEGAL)
                || context.roles().contains(Roles.EXECUTIVE));
    return new Review(
        draft,
        latest,
        previous,
        previous == null ? List.of() : LineDiff.of(previous.text(), latest.text()),
        previous != null && !previous.subject().equals(latest.subject()),
        previous != null && !java.util.Objects.equals(previous.html(), latest.html()),
        mayEdit,
        DraftAudience.of(draft.template()).map(ChannelClass::label).orElse(null),
        channels.describe(incidents.notifyChannels()));
  }

  /** Browsers send form text with CRLF line ends; drafts store LF like the templates render. */
  private static String normalise(String text) {
    String lf = text.replace("\r\n", "\n");
    return lf.endsWith("\n") ? lf : lf + "\n";
  }

  private String user() {
    return identity.getPrincipal().getName();
  }
}
