package io.irplaybook.comms;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.comms.DraftViews.DraftDetail;
import io.irplaybook.comms.DraftViews.DraftEdit;
import io.irplaybook.comms.DraftViews.DraftSummary;
import io.irplaybook.comms.DraftViews.VersionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Drafts as the rest of the service uses them: the inbox lists an incident's drafts on the approval
 * task; approvers edit (a new version, with who and when) and approve the latest version.
 */
@ApplicationScoped
public class CommsDrafts {

  private final AuditTrail audit;
  private final Clock clock;

  CommsDrafts(AuditTrail audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public List<DraftSummary> forIncident(String incidentId) {
    List<CommsDraft> drafts = CommsDraft.list("incidentId = ?1 order by id", incidentId);
    return drafts.stream().map(this::summary).toList();
  }

  @Transactional
  public Optional<DraftDetail> get(long id) {
    CommsDraft d = CommsDraft.findById(id);
    if (d == null) {
      return Optional.empty();
    }
    List<VersionView> versions =
        CommsDraftVersion.ofDraft(d.id).stream().map(VersionView::of).toList();
    return Optional.of(
        new DraftDetail(d.id, d.incidentId, d.template, d.locale, d.sentAt, versions));
  }

  /** Stores the edit as a new, unapproved version. Empty when there is no such draft. */
  @Transactional
  public Optional<VersionView> edit(long id, DraftEdit edit, String user) {
    CommsDraft d = CommsDraft.findById(id);
    if (d == null) {
      return Optional.empty();
    }
    CommsDraftVersion latest = CommsDraftVersion.latest(id);
    CommsDraftVersion next = new CommsDraftVersion();
    next.draftId = id;
    next.version = latest.version + 1;
    next.subject = edit.subject() == null ? latest.subject : edit.subject();
    next.bodyText = edit.text() == null ? latest.bodyText : edit.text();
    next.bodyHtml = edit.html() == null ? latest.bodyHtml : edit.html();
    next.author = user;
    next.createdAt = clock.instant();
    next.persist();
    audit.append(
        AuditEvent.of(user, "comms.edited", "draft", Long.toString(id))
            .incident(d.incidentId)
            .detail("template", d.template)
            .detail("version", next.version)
            .build());
    return Optional.of(VersionView.of(next));
  }

  /** Approves the latest version. Empty when there is no such draft. */
  @Transactional
  public Optional<VersionView> approve(long id, String user) {
    CommsDraft d = CommsDraft.findById(id);
    if (d == null) {
      return Optional.empty();
    }
    CommsDraftVersion latest = CommsDraftVersion.latest(id);
    if (latest.approvedAt == null) {
      latest.approvedBy = user;
      latest.approvedAt = clock.instant();
      audit.append(
          AuditEvent.of(user, "comms.approved", "draft", d.id.toString())
              .incident(d.incidentId)
              .detail("template", d.template)
              .detail("version", latest.version)
              .build());
    }
    return Optional.of(VersionView.of(latest));
  }

  private DraftSummary summary(CommsDraft d) {
    CommsDraftVersion latest = CommsDraftVersion.latest(d.id);
    return new DraftSummary(
        d.id,
        d.incidentId,
        d.template,
        d.locale,
        latest.version,
        latest.subject,
        latest.approvedAt != null,
        d.sentAt);
  }
}
