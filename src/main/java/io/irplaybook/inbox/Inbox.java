package io.irplaybook.inbox;

import io.irplaybook.inbox.service.IncidentProgress;
import io.irplaybook.inbox.service.TaskActions;
import io.irplaybook.inbox.service.TaskCompletion;
import io.irplaybook.inbox.service.TaskQueries;
import io.irplaybook.inbox.service.TaskWording;
import io.irplaybook.playbook.PlaybookDiagram.StepState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The inbox as other features and the pages use it: the tasks a viewer may see and the actions on
 * them, with the same rules as /api/tasks. Refusals are {@link InboxProblem}s.
 */
@ApplicationScoped
public class Inbox {

  /**
   * An incident's human steps, its tier as the steps know it, and where each playbook step stands.
   */
  public record IncidentSteps(
      List<TaskView> tasks, String tier, Map<String, Map<String, StepState>> states) {}

  private final TaskQueries queries;
  private final TaskActions actions;
  private final TaskCompletion completion;
  private final IncidentProgress progress;
  private final TaskWording wording;

  Inbox(
      TaskQueries queries,
      TaskActions actions,
      TaskCompletion completion,
      IncidentProgress progress,
      TaskWording wording) {
    this.queries = queries;
    this.actions = actions;
    this.completion = completion;
    this.progress = progress;
    this.wording = wording;
  }

  public Viewer viewer(SecurityIdentity identity, String sourceIp) {
    return Viewer.of(identity, sourceIp);
  }

  /** A viewer who reads step text in {@code language} (the page's language switch). */
  public Viewer viewer(SecurityIdentity identity, String sourceIp, String language) {
    return Viewer.of(identity, sourceIp, language);
  }

  /** Tasks by scope ({@code mine}, {@code groups}, {@code all}), status, incident and overdue. */
  public List<TaskView> list(
      String scope, String status, String incidentId, Boolean overdue, Viewer viewer) {
    TaskQueries.Filter filter = TaskQueries.filter(scope, status, incidentId, overdue);
    return QuarkusTransaction.requiringNew()
        .call(() -> views(queries.list(filter, viewer), viewer));
  }

  /** The same, one page ({@code page} from 0) at a time: what the inbox pages show. */
  public TaskList page(
      String scope,
      String status,
      String incidentId,
      Boolean overdue,
      int page,
      int size,
      Viewer viewer) {
    TaskQueries.Filter filter = TaskQueries.filter(scope, status, incidentId, overdue);
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              TaskQueries.Page found = queries.page(filter, viewer, Math.max(0, page), size);
              return new TaskList(
                  views(found.tasks(), viewer), found.page(), found.size(), found.total());
            });
  }

  private List<TaskView> views(List<Task> tasks, Viewer viewer) {
    return wording.views(tasks, viewer.language());
  }

  /** One task with its checklist, comments and evidence. */
  public TaskView one(long id, Viewer viewer) {
    return QuarkusTransaction.requiringNew()
        .call(() -> wording.view(queries.one(id, viewer), true, viewer.language()));
  }

  public void claim(long id, Viewer viewer) {
    actions.claim(id, viewer);
  }

  public void unclaim(long id, Viewer viewer) {
    actions.unclaim(id, viewer);
  }

  public void assign(long id, String assignee, Viewer viewer) {
    actions.assign(id, assignee, viewer);
  }

  public void tick(long id, int position, boolean ticked, Viewer viewer) {
    actions.tick(id, position, ticked, viewer);
  }

  public void comment(long id, String body, Viewer viewer) {
    actions.comment(id, body, viewer);
  }

  public void addEvidence(long id, String uri, String sha256, String note, Viewer viewer) {
    actions.addEvidence(id, uri, sha256, note, viewer);
  }

  public void confirm(long id, Viewer viewer) {
    actions.confirm(id, viewer);
  }

  /** Completes the task with no variables, as the page's button does. */
  public void complete(long id, Viewer viewer) {
    completion.complete(id, Map.of(), viewer);
  }

  /** Every human step of an incident, oldest first, and the step states of its playbooks. */
  public IncidentSteps incidentSteps(String incidentId) {
    return incidentSteps(incidentId, null);
  }

  /** The same, with step text in {@code language}. */
  public IncidentSteps incidentSteps(String incidentId, String language) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<Task> tasks =
                  Task.list("incidentId = ?1 order by createdAt, jobKey", incidentId);
              List<TaskView> views =
                  tasks.stream().map(t -> wording.view(t, false, language)).toList();
              String tier =
                  tasks.stream().map(t -> t.tier).filter(Objects::nonNull).findFirst().orElse(null);
              return new IncidentSteps(views, tier, progress.states(tasks));
            });
  }

  /** The ids of incidents with at least one open step past its due time. */
  public Set<String> overdueIncidentIds() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Set.copyOf(
                    Task.<Task>list(
                            "status = ?1 and overdueAt is not null and incidentId is not null",
                            TaskStatus.OPEN)
                        .stream()
                        .map(t -> t.incidentId)
                        .toList()));
  }

  /**
   * Every open step of every incident, oldest first: the dashboard's input. For pages whose readers
   * may see every incident (commanders, admins, auditors).
   */
  public List<StepSummary> openSteps() {
    return summaries(
        "where t.incidentId is not null and t.status = ?1 order by t.createdAt, t.jobKey",
        TaskStatus.OPEN);
  }

  /** Every step of one incident, oldest first, without checklists. */
  public List<StepSummary> stepsOf(String incidentId) {
    return summaries("where t.incidentId = ?1 order by t.createdAt, t.jobKey", incidentId);
  }

  private static List<StepSummary> summaries(String where, Object parameter) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Task.getEntityManager()
                    .createQuery(StepSummary.COLUMNS + where, Object[].class)
                    .setParameter(1, parameter)
                    .getResultStream()
                    .map(StepSummary::of)
                    .toList());
  }
}
