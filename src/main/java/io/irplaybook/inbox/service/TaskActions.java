package io.irplaybook.inbox.service;

import static io.irplaybook.inbox.service.TaskLookup.forAction;
import static io.irplaybook.inbox.service.TaskLookup.requireHolder;
import static io.irplaybook.inbox.service.TaskLookup.requireOpen;
import static io.irplaybook.inbox.service.TaskLookup.requireResponder;

import io.irplaybook.inbox.ChecklistItem;
import io.irplaybook.inbox.InboxProblem;
import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskComment;
import io.irplaybook.inbox.TaskEvidence;
import io.irplaybook.inbox.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;

/** What responders do with a task before completing it; every action is audited. */
@ApplicationScoped
public class TaskActions {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  private final TaskAudit audit;
  private final Clock clock;
  private final ResponseMilestones milestones;
  private final EngineCalls engine;

  TaskActions(TaskAudit audit, Clock clock, ResponseMilestones milestones, EngineCalls engine) {
    this.audit = audit;
    this.clock = clock;
    this.milestones = milestones;
    this.engine = engine;
  }

  /**
   * Tells the engine who holds the task, while the task's row is still locked, so the engine's
   * assignee (what Tasklist shows) follows the inbox. A step the engine has ended rolls the change
   * back; the poll marks the task stale.
   */
  private void tellEngine(Task task) {
    EngineCalls.Outcome outcome;
    try {
      outcome =
          task.assignee == null
              ? engine.unassign(task.jobKey)
              : engine.assign(task.jobKey, task.assignee);
    } catch (RuntimeException e) {
      throw new InboxProblem(
          503,
          "The engine did not answer, so task "
              + task.jobKey
              + " was left as it was; try again in a moment.");
    }
    if (outcome == EngineCalls.Outcome.NOT_FOUND) {
      throw new InboxProblem(
          409,
          "Task "
              + task.jobKey
              + " has ended in the engine (its incident was cancelled or the step ended elsewhere); nothing was changed.");
    }
  }

  @Transactional
  public Task claim(long jobKey, Viewer viewer) {
    requireResponder(viewer);
    Task task = forAction(jobKey, viewer);
    requireOpen(task);
    if (viewer.name().equals(task.assignee)) {
      return task;
    }
    if (task.assignee != null) {
      throw new InboxProblem(
          409,
          "Task "
              + jobKey
              + " is claimed by "
              + task.assignee
              + " already; ask them or an incident commander to hand it over.");
    }
    task.assignee = viewer.name();
    tellEngine(task);
    audit.append(audit.event(viewer.name(), viewer.sourceIp(), "task.claimed", task));
    milestones.claimed(task, clock.instant());
    return task;
  }

  @Transactional
  public Task unclaim(long jobKey, Viewer viewer) {
    requireResponder(viewer);
    Task task = forAction(jobKey, viewer);
    requireOpen(task);
    if (task.assignee == null) {
      return task;
    }
    if (!task.assignee.equals(viewer.name()) && !viewer.isCommander()) {
      throw new InboxProblem(
          403,
          "Only " + task.assignee + " or an incident commander can give task " + jobKey + " back.");
    }
    String previous = task.assignee;
    task.assignee = null;
    task.confirmedBy = null;
    tellEngine(task);
    audit.append(
        audit
            .event(viewer.name(), viewer.sourceIp(), "task.unclaimed", task)
            .detail("previousAssignee", previous));
    return task;
  }

  @Transactional
  public Task assign(long jobKey, String assignee, Viewer viewer) {
    if (!viewer.isCommander()) {
      throw new InboxProblem(
          403, "Only an incident commander assigns tasks; claim the task yourself instead.");
    }
    if (assignee == null || assignee.isBlank() || assignee.length() > 100) {
      throw new InboxProblem(400, "Name the person to assign the task to (field 'assignee').");
    }
    Task task = forAction(jobKey, viewer);
    requireOpen(task);
    String previous = task.assignee;
    task.assignee = assignee.strip();
    task.confirmedBy = null;
    tellEngine(task);
    audit.append(
        audit
            .event(viewer.name(), viewer.sourceIp(), "task.assigned", task)
            .detail("assignee", task.assignee)
            .detail("previousAssignee", previous == null ? "" : previous));
    return task;
  }

  @Transactional
  public TaskComment comment(long jobKey, String body, Viewer viewer) {
    requireResponder(viewer);
    if (body == null || body.isBlank() || body.length() > 4000) {
      throw new InboxProblem(400, "Write a comment of 1 to 4000 characters (field 'body').");
    }
    Task task = forAction(jobKey, viewer);
    requireOpen(task);
    TaskComment comment = new TaskComment();
    comment.jobKey = jobKey;
    comment.author = viewer.name();
    comment.body = body.strip();
    comment.createdAt = clock.instant();
    comment.persist();
    audit.append(
        audit
            .event(viewer.name(), viewer.sourceIp(), "task.commented", task)
            .detail("commentId", comment.id));
    return comment;
  }

  @Transactional
  public TaskEvidence addEvidence(
      long jobKey, String uri, String sha256, String note, Viewer viewer) {
    requireResponder(viewer);
    if (uri == null || uri.isBlank() || uri.length() > 2000 || !isAbsoluteUri(uri.strip())) {
      throw new InboxProblem(
          400,
          "Give the evidence's location as an absolute URI (field 'uri'), e.g. s3://bucket/key or https://...");
    }
    if (sha256 == null || !SHA256.matcher(sha256.strip()).matches()) {
      throw new InboxProblem(
          400,
          "Give the evidence's SHA-256 as 64 hexadecimal characters (field 'sha256'), e.g. from sha256sum.");
    }
    Task task = forAction(jobKey, viewer);
    requireOpen(task);
    TaskEvidence evidence = new TaskEvidence();
    evidence.jobKey = jobKey;
    evidence.uri = uri.strip();
    evidence.sha256 = sha256.strip().toLowerCase(Locale.ROOT);
    evidence.note = note == null || note.isBlank() ? null : note.strip();
    evidence.addedBy = viewer.name();
    evidence.addedAt = clock.instant();
    evidence.persist();
    audit.append(
        audit
            .event(viewer.name(), viewer.sourceIp(), "task.evidence-added", task)
            .detail("uri", evidence.uri)
            .detail("sha256", evidence.sha256));
    return evidence;
  }

  @Transactional
  public ChecklistItem tick(long jobKey, int position, boolean ticked, Viewer viewer) {
    requireResponder(viewer);
    Task task = forAction(jobKey, viewer);
    requireOpen(task);
    requireHolder(task, viewer, "tick the checklist of");
    ChecklistItem item =
        ChecklistItem.<ChecklistItem>find("jobKey = ?1 and position = ?2", jobKey, position)
            .firstResult();
    if (item == null) {
      throw new InboxProblem(404, "Task " + jobKey + " has no checklist item " + position + ".");
    }
    item.tickedBy = ticked ? viewer.name() : null;
    item.tickedAt = ticked ? clock.instant() : null;
    audit.append(
        audit
            .event(viewer.name(), viewer.sourceIp(), "task.checklist-ticked", task)
            .detail("item", position)
            .detail("ticked", ticked));
    return item;
  }

  /**
   * The second person of a two-person step confirms the holder's work before it can be completed.
   */
  @Transactional
  public Task confirm(long jobKey, Viewer viewer) {
    requireResponder(viewer);
    Task task = forAction(jobKey, viewer);
    requireOpen(task);
    if (!task.requiresTwoPerson) {
      throw new InboxProblem(
          409, "Task " + jobKey + " needs no second person; its holder completes it alone.");
    }
    if (task.assignee == null || task.assignee.equals(viewer.name())) {
      throw new InboxProblem(
          409,
          "A second person, not the task's holder, confirms task "
              + jobKey
              + "; it needs a holder first.");
    }
    task.confirmedBy = viewer.name();
    audit.append(
        audit
            .event(viewer.name(), viewer.sourceIp(), "task.confirmed", task)
            .detail("holder", task.assignee));
    return task;
  }

  private static boolean isAbsoluteUri(String value) {
    try {
      return URI.create(value).isAbsolute();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
