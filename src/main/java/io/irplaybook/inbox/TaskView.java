package io.irplaybook.inbox;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A task as the API shows it. {@code id} is the job key; {@code phase} is the response phase of its
 * step (contain, preserve, rotate, harden, detect, notify, review; bpmn/README.md); {@code outputs}
 * names the variables its completion may set (docs/contracts.md).
 */
@TemplateData
public record TaskView(
    long id,
    String title,
    String documentation,
    String status,
    String incidentId,
    String bpmnProcessId,
    String elementId,
    String phase,
    long processInstanceKey,
    String assignee,
    List<String> candidateGroups,
    List<String> candidateUsers,
    Instant dueAt,
    Instant followUpAt,
    boolean overdue,
    boolean requiresTwoPerson,
    String confirmedBy,
    String staleMessage,
    Instant createdAt,
    Instant completedAt,
    String completedBy,
    List<String> outputs,
    List<Item> checklist,
    List<Comment> comments,
    List<Evidence> evidence) {

  /** One checklist item. */
  @TemplateData
  public record Item(int position, String text, boolean ticked, String tickedBy, Instant tickedAt) {
    static Item of(ChecklistItem i) {
      return new Item(i.position, i.text, i.tickedBy != null, i.tickedBy, i.tickedAt);
    }
  }

  /** One comment. */
  @TemplateData
  public record Comment(long id, String author, String body, Instant createdAt) {
    static Comment of(TaskComment c) {
      return new Comment(c.id, c.author, c.body, c.createdAt);
    }
  }

  /** One evidence reference. */
  @TemplateData
  public record Evidence(
      long id, String uri, String sha256, String note, String addedBy, Instant addedAt) {
    static Evidence of(TaskEvidence e) {
      return new Evidence(e.id, e.uri, e.sha256, e.note, e.addedBy, e.addedAt);
    }
  }

  /** How many checklist items are ticked. */
  public long ticked() {
    return checklist.stream().filter(Item::ticked).count();
  }

  /** The task with its checklist; comments and evidence only when {@code full}. */
  public static TaskView of(Task t, boolean full) {
    return of(t, ChecklistItem.forTask(t.jobKey), full);
  }

  /** The task with a checklist read beforehand (see {@link ChecklistItem#forTasks}). */
  static TaskView of(Task t, List<ChecklistItem> checklist, boolean full) {
    return new TaskView(
        t.jobKey,
        t.title,
        t.documentation,
        t.status.name().toLowerCase(Locale.ROOT),
        t.incidentId,
        t.bpmnProcessId,
        t.elementId,
        t.phase,
        t.processInstanceKey,
        t.assignee,
        t.candidateGroupList(),
        t.candidateUserList(),
        t.dueAt,
        t.followUpAt,
        t.overdueAt != null,
        t.requiresTwoPerson,
        t.confirmedBy,
        t.staleMessage,
        t.createdAt,
        t.completedAt,
        t.completedBy,
        t.declaredOutputList(),
        checklist.stream().map(Item::of).toList(),
        full ? TaskComment.forTask(t.jobKey).stream().map(Comment::of).toList() : List.of(),
        full ? TaskEvidence.forTask(t.jobKey).stream().map(Evidence::of).toList() : List.of());
  }
}
