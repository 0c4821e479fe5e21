package io.irplaybook.comms.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.comms.CommsDraft;
import io.irplaybook.comms.CommsDraftVersion;
import io.irplaybook.notify.NotificationMessage;
import io.irplaybook.notify.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands approved drafts to notify: the outbox rows and the drafts' "sent" mark commit together, or
 * not at all. Only the approved latest version of a draft is ever sent.
 */
@ApplicationScoped
public class DraftSender {

  /**
   * A draft that may not be sent (missing, not approved, or another incident's); the job fails
   * without retries and names it.
   */
  public static final class RefusedException extends RuntimeException {
    public RefusedException(String message) {
      super(message);
    }
  }

  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;

  DraftSender(Notifications notifications, AuditTrail audit, Clock clock) {
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Queues every draft on every channel and returns the notification ids. Repeating the call for
   * the same element instance (a redelivered job) returns the same ids and queues nothing new. With
   * no channel (an incident without {@code notifyChannels}) nothing is queued and no draft counts
   * as sent. Every draft must belong to {@code incidentId}, the incident of the sending process:
   * {@code commsDrafts} naming another incident's approved draft sends nothing.
   */
  @Transactional
  public List<String> send(
      String incidentId,
      long elementInstanceKey,
      Long processInstanceKey,
      List<Long> draftIds,
      List<String> channels) {
    return send(incidentId, elementInstanceKey, processInstanceKey, draftIds, channels, null);
  }

  /**
   * As {@link #send(String, long, Long, List, List)}; {@code withheldReason}, when not null, says
   * which channels the step's class kept the drafts from. It is audited per draft, so that a notice
   * that reached fewer places than the incident's channels (or none) shows on the timeline with the
   * reason, never silently.
   */
  @Transactional
  public List<String> send(
      String incidentId,
      long elementInstanceKey,
      Long processInstanceKey,
      List<Long> draftIds,
      List<String> channels,
      String withheldReason) {
    List<CommsDraftVersion> approved = new ArrayList<>();
    List<CommsDraft> drafts = new ArrayList<>();
    for (Long id : draftIds) {
      CommsDraft draft = CommsDraft.findById(id);
      if (draft == null) {
        throw new RefusedException(
            "Expected comms draft "
                + id
                + " to exist, but it does not; check the commsDrafts variable");
      }
      if (incidentId == null || !incidentId.equals(draft.incidentId)) {
        throw new RefusedException(
            "Expected comms draft "
                + id
                + " to belong to incident "
                + incidentId
                + ", but it belongs to "
                + draft.incidentId
                + ": a process sends only its own incident's drafts; check the commsDrafts"
                + " variable");
      }
      CommsDraftVersion latest = CommsDraftVersion.latest(id);
      if (latest.approvedAt == null) {
        throw new RefusedException(
            "Expected comms draft "
                + id
                + " ("
                + draft.template
                + ", "
                + draft.locale
                + ") to be approved, but its latest version "
                + latest.version
                + " is not: approve it (POST /api/comms/drafts/"
                + id
                + "/approve), then resolve this incident");
      }
      drafts.add(draft);
      approved.add(latest);
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      CommsDraft draft = drafts.get(i);
      CommsDraftVersion version = approved.get(i);
      for (String channel : channels) {
        String key = elementInstanceKey + ":" + draft.id + ":" + channel;
        ids.add(
            notifications.enqueue(
                channel,
                new NotificationMessage(
                    version.subject,
                    version.bodyText,
                    version.bodyHtml,
                    draft.locale,
                    draft.incidentId,
                    key)));
      }
      if (draft.sentAt == null && !channels.isEmpty()) {
        draft.sentAt = clock.instant();
        audit.append(
            AuditEvent.of(DraftRenderer.ACTOR, "comms.sent", "draft", draft.id.toString())
                .incident(draft.incidentId)
                .processInstance(processInstanceKey)
                .detail("version", version.version)
                .detail("channels", channels)
                .build());
      }
      if (withheldReason != null) {
        audit.append(
            AuditEvent.of(DraftRenderer.ACTOR, "comms.withheld", "draft", draft.id.toString())
                .incident(draft.incidentId)
                .processInstance(processInstanceKey)
                .detail("version", version.version)
                .detail("reason", withheldReason)
                .build());
      }
    }
    return ids;
  }
}
