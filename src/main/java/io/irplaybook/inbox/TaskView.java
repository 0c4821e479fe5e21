package io.irplaybook.inbox;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.irplaybook.playbook.StepTexts;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A task as the API shows it. {@code id} is the user task key; {@code phase} is the response phase
 * of its step (contain, preserve, rotate, harden, detect, notify, review; bpmn/README.md); {@code
 * outputs} names the variables its completion may set (docs/contracts.md).
 */
@TemplateData
public record TaskView(
    @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, example = "2251799813685260")
        long id,
    String title,
    String documentation,
    String status,
    String incidentId,
    String bpmnProcessId,
    String elementId,
    String phase,
    @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, example = "2251799813685249")
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
    static Item of(ChecklistItem i, StepTexts.Words words) {
      String text = words.checklist().getOrDefault(i.position, i.text);
      return new Item(i.position, text, i.tickedBy != null, i.tickedBy, i.tickedAt);
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

  /** The task in the BPMN's English; comments and evidence only when {@code full}. */
  public static TaskView of(Task t, boolean full) {
    return of(t, full, StepTexts.Words.NONE);
  }

  /**
   * The task with its step text in the reader's words (English where {@code words} has none); the
   * checklist item N is the task header {@code checklist.N}, numbered from 1 without gaps.
   */
  public static TaskView of(Task t, boolean full, StepTexts.Words words) {
    return of(t, ChecklistItem.forTask(t.jobKey), full, words);
  }

  /**
   * As {@link #of(Task, boolean, StepTexts.Words)}, with a checklist read beforehand (see {@link
   * ChecklistItem#forTasks}): a list of many tasks reads their checklists in one query.
   */
  public static TaskView of(
      Task t, List<ChecklistItem> checklist, boolean full, StepTexts.Words words) {
    return new TaskView(
        t.jobKey,
        titleOf(t, words),
        words.documentation() == null ? t.documentation : words.documentation(),
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
        checklist.stream().map(i -> Item.of(i, words)).toList(),
        full ? TaskComment.forTask(t.jobKey).stream().map(Comment::of).toList() : List.of(),
        full ? TaskEvidence.forTask(t.jobKey).stream().map(Evidence::of).toList() : List.of());
  }

  /**
   * The task's title in the reader's words; a multi-instance step keeps its item (a device, a
   * credential class) after the prefix.
   */
  public static String titleOf(Task t, StepTexts.Words words) {
    if (t.titleItem != null && words.titlePrefix() != null) {
      return words.titlePrefix() + "：" + (words.item() == null ? t.titleItem : words.item());
    }
    return words.name() == null ? t.title : words.name();
  }
}
