package io.irplaybook.inbox.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.inbox.Task;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The words of task notices, without the application. */
class TaskNoticeTextTest {

  private static Task task(String locale) {
    Task task = new Task();
    task.jobKey = 42L;
    task.elementId = "preserve-evidence";
    task.title = "Preserve the logs";
    task.incidentId = "INC-1";
    task.candidateGroups = "forensics,soc-analyst";
    task.dueAt = Instant.parse("2030-01-02T03:04:00Z");
    task.locale = locale;
    return task;
  }

  @Test
  void shouldNameStepIncidentGroupsAndDueDateInEnglish() {
    // when
    TaskNoticeText words = TaskNoticeText.of(TaskNoticeText.Kind.OVERDUE, task(null));

    // then
    assertThat(words.subject()).isEqualTo("Overdue task: Preserve the logs (INC-1)");
    assertThat(words.text())
        .contains(
            "Step: Preserve the logs",
            "Incident: INC-1",
            "Candidate groups: forensics, soc-analyst",
            "Due: 2030-01-02 03:04 UTC");
  }

  @Test
  void shouldWriteJapaneseForAJapaneseOrganisation() {
    // when
    TaskNoticeText words = TaskNoticeText.of(TaskNoticeText.Kind.NEW, task("ja"));

    // then
    assertThat(words.subject()).startsWith("新しいタスク: ");
    assertThat(words.text())
        .contains(
            "ステップ: Preserve the logs",
            "担当グループ: forensics, soc-analyst",
            "期限: 2030-01-02 03:04 UTC");
    assertThat(TaskNoticeText.locale(task("ja"))).isEqualTo("ja");
  }

  @Test
  void shouldFallBackToEnglishAndSayWhenThereIsNoDueDate() {
    // given
    Task task = task("fr");
    task.dueAt = null;

    // when
    TaskNoticeText words = TaskNoticeText.of(TaskNoticeText.Kind.NEW, task);

    // then
    assertThat(TaskNoticeText.locale(task)).isEqualTo("en");
    assertThat(words.text()).contains("Due: none");
  }
}
