package io.irplaybook.inbox.service;

import io.irplaybook.inbox.InboxProblem;
import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskStatus;
import io.irplaybook.inbox.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
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

  public List<Task> list(Filter filter, Viewer viewer) {
    List<Task> tasks =
        filter.incidentId() == null
            ? Task.list("order by createdAt, jobKey")
            : Task.list("incidentId = ?1 order by createdAt, jobKey", filter.incidentId());
    Predicate<Task> scope =
        switch (filter.scope()) {
          case MINE -> t -> viewer.name().equals(t.assignee);
          case GROUPS -> viewer::inQueue;
          case ALL -> viewer::canSee;
        };
    return tasks.stream()
        .filter(viewer::canSee)
        .filter(scope)
        .filter(t -> filter.status() == null || t.status == filter.status())
        .filter(t -> filter.overdue() == null || filter.overdue() == (t.overdueAt != null))
        .toList();
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
