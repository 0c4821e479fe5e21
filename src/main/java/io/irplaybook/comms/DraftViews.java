package io.irplaybook.comms;

import java.time.Instant;
import java.util.List;

/** What the comms API and the inbox show of drafts. */
public final class DraftViews {

  private DraftViews() {}

  /** A draft with its latest version, for lists (the inbox's approval task shows these). */
  public record DraftSummary(
      Long id,
      String incidentId,
      String template,
      String locale,
      int latestVersion,
      String subject,
      boolean approved,
      Instant sentAt) {}

  /** One version in full. */
  public record VersionView(
      int version,
      String subject,
      String text,
      String html,
      String author,
      Instant createdAt,
      String approvedBy,
      Instant approvedAt) {

    static VersionView of(CommsDraftVersion v) {
      return new VersionView(
          v.version,
          v.subject,
          v.bodyText,
          v.bodyHtml,
          v.author,
          v.createdAt,
          v.approvedBy,
          v.approvedAt);
    }
  }

  /** A draft with every version, oldest first. */
  public record DraftDetail(
      Long id,
      String incidentId,
      String template,
      String locale,
      Instant sentAt,
      List<VersionView> versions) {}

  /** An approver's edit: a new version with this text. HTML may be null (text-only templates). */
  public record DraftEdit(String subject, String text, String html) {}
}
