package io.irplaybook.inbox.service;

import io.irplaybook.inbox.InboxProblem;
import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskStatus;
import io.irplaybook.inbox.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Lists the tasks a viewer may see: theirs, their groups' queue, or all of them (by role). */
@ApplicationScoped
public class TaskQueries {

  /** Which tasks: held by me, waiting in my groups' queue, or every task I may see. */
  public enum Scope {
    MINE,
    GROUPS,
    ALL
  }

  /** Filters; nulls mean "any". */
  public record Filter(Scope scope, TaskStatus status, String incidentId, Boolean overdue) {}

  public static Filter filter(String scope, String status, String incidentId, Boolean overdue) {
    return new Filter(
        parse(Scope.class, scope, Scope.ALL, "scope"),
        status == null || status.equals("any")
            ? null
            : parse(TaskStatus.class, status, TaskStatus.OPEN, "status"),
        blankToNull(incidentId),
        overdue);
  }

  /** One page of the tasks a filter selects, and how many there are in all. */
  public record Page(List<Task> tasks, int page, int size, long total) {}

  /** Every task the filter selects for this viewer, oldest first. */
  public List<Task> list(Filter filter, Viewer viewer) {
    Query query = Query.of(filter, viewer);
    return Task.<Task>list(query.where + ORDER, query.parameters).stream()
        .filter(inScope(filter, viewer))
        .toList();
  }

  /**
   * One page ({@code page} from 0) of what {@link #list} returns. Status, incident, overdue and
   * holder are filtered in SQL; for people who see every task (commanders, auditors) the page is
   * cut in SQL too, so a commander's inbox reads one page of rows, not the whole table. Other
   * people see only their own and their groups' tasks, whose group match is done here.
   */
  public Page page(Filter filter, Viewer viewer, int page, int size) {
    Query query = Query.of(filter, viewer);
    if (query.complete) {
      long total = Task.count(query.where, query.parameters);
      List<Task> tasks =
          Task.<Task>find(query.where + ORDER, query.parameters).page(page, size).list();
      return new Page(tasks, page, size, total);
    }
    List<Task> all = list(filter, viewer);
    int from = Math.min(all.size(), page * size);
    return new Page(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
  }

  private static final String ORDER = " order by createdAt, jobKey";

  /**
   * The SQL part of a filter. {@code complete} when SQL alone decides (the viewer sees every task
   * and the scope needs no group match).
   */
  private record Query(String where, Object[] parameters, boolean complete) {

    static Query of(Filter filter, Viewer viewer) {
      List<String> clauses = new ArrayList<>();
      List<Object> parameters = new ArrayList<>();
      if (filter.incidentId() != null) {
        parameters.add(filter.incidentId());
        clauses.add("incidentId = ?" + parameters.size());
      }
      if (filter.status() != null) {
        parameters.add(filter.status());
        clauses.add("status = ?" + parameters.size());
      }
      if (filter.overdue() != null) {
        clauses.add(filter.overdue() ? "overdueAt is not null" : "overdueAt is null");
      }
      if (filter.scope() == Scope.MINE) {
        parameters.add(viewer.name());
        clauses.add("assignee = ?" + parameters.size());
      }
      if (filter.scope() == Scope.GROUPS) {
        parameters.add(TaskStatus.OPEN);
        clauses.add("status = ?" + parameters.size() + " and assignee is null");
      }
      String where = clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
      boolean complete = viewer.seesAll() && filter.scope() != Scope.GROUPS;
      return new Query(where, parameters.toArray(), complete);
    }
  }

  private static Predicate<Task> inScope(Filter filter, Viewer viewer) {
    Predicate<Task> scope =
        switch (filter.scope()) {
          case MINE -> t -> viewer.name().equals(t.assignee);
          case GROUPS -> viewer::inQueue;
          case ALL -> viewer::canSee;
        };
    return scope.and(viewer::canSee);
  }

  public Task one(long jobKey, Viewer viewer) {
    Task task = Task.findById(jobKey);
    if (task == null || !viewer.canSee(task)) {
      throw InboxProblem.notFound(jobKey);
    }
    return task;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback, String name) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InboxProblem(
          400,
          "Use one of "
              + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)
              + " for '"
              + name
              + "', not '"
              + value
              + "'.");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
