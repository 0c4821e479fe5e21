package io.irplaybook.inbox;

import static io.irplaybook.inbox.InboxFixtures.awaitTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.inbox.service.OverdueCheck;
import io.irplaybook.notify.Notification;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** With no irp.inbox.notify-channels (the default), new and overdue tasks queue no notification. */
@QuarkusTest
class TaskNoticesOffTest {

  @Inject InboxFixtures fixtures;
  @Inject OverdueCheck overdue;

  @Test
  void shouldQueueNothingForNewOrOverdueTasksWhenNoChannelIsConfigured() {
    // given
    fixtures.user("ic-ines", "incident-commander");
    String incident = fixtures.startIncident("2020-01-01T00:00:00Z");
    long id = awaitTask("ic-ines", incident, "preserve-evidence");

    // when
    overdue.markOverdue();

    // then
    boolean marked =
        QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(id).overdueAt != null);
    assertThat(marked).isTrue();
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> Notification.count("incidentId", incident)))
        .isZero();
  }
}
