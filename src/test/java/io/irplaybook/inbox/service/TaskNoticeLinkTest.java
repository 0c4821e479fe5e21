package io.irplaybook.inbox.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.inbox.Task;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A task notice links to the task's page under irp.public-url. */
class TaskNoticeLinkTest {

  @Test
  void shouldLinkToTheTaskPageUnderThePublicUrl() {
    Task task = new Task();
    task.jobKey = 2251799813685268L;

    String link =
        new TaskNotices(null, null, null, Optional.of(" https://irp.example.com/ ")).taskLink(task);

    assertThat(link).isEqualTo("https://irp.example.com/inbox/tasks/2251799813685268");
  }

  @Test
  void shouldGiveNoLinkWithoutAPublicUrl() {
    Task task = new Task();
    task.jobKey = 1L;

    assertThat(new TaskNotices(null, null, null, Optional.empty()).taskLink(task)).isNull();
  }
}
