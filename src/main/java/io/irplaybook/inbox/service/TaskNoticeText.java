package io.irplaybook.inbox.service;

import io.irplaybook.inbox.Task;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The words of a task notice in English or Japanese: which step, which incident, which groups, when
 * it is due. Only the task's own fields go in (no variables, no checklist text), so nothing secret
 * does. Plain text only: the notify channels build their Slack blocks and webhook JSON from it with
 * Jackson.
 */
record TaskNoticeText(String subject, String text) {

  private static final DateTimeFormatter DUE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  enum Kind {
    NEW,
    OVERDUE
  }

  static TaskNoticeText of(Kind kind, Task task) {
    return of(kind, task, task.title);
  }

  /** The notice naming the step as {@code stepTitle} (the title in the notice's language). */
  static TaskNoticeText of(Kind kind, Task task, String stepTitle) {
    boolean ja = "ja".equals(locale(task));
    String step = stepTitle == null || stepTitle.isBlank() ? task.elementId : stepTitle;
    String incident = task.incidentId == null ? "-" : task.incidentId;
    String groups =
        task.candidateGroupList().isEmpty() ? "-" : String.join(", ", task.candidateGroupList());
    String due = task.dueAt == null ? (ja ? "なし" : "none") : DUE.format(task.dueAt);
    String subject =
        ja
            ? (kind == Kind.NEW ? "新しいタスク: " : "期限超過のタスク: ") + step + " (" + incident + ")"
            : (kind == Kind.NEW ? "New task: " : "Overdue task: ") + step + " (" + incident + ")";
    List<String> lines =
        ja
            ? List.of(
                kind == Kind.NEW ? "対応が必要な新しいタスクがあります。" : "タスクが期限を過ぎました。対応状況を確認してください。",
                "ステップ: " + step,
                "インシデント: " + incident,
                "担当グループ: " + groups,
                "期限: " + due)
            : List.of(
                kind == Kind.NEW
                    ? "A new task needs a responder."
                    : "A task is past its due date; please check on it.",
                "Step: " + step,
                "Incident: " + incident,
                "Candidate groups: " + groups,
                "Due: " + due);
    return new TaskNoticeText(subject, String.join("\n", lines));
  }

  /** The task's locale when it is one the notices are written in; English otherwise. */
  static String locale(Task task) {
    return "ja".equals(task.locale) ? "ja" : "en";
  }
}
