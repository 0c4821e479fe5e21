package io.irplaybook.inbox.service;

import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.config.InboxConfig;
import io.irplaybook.notify.NotificationMessage;
import io.irplaybook.notify.Notifications;
import io.irplaybook.notify.StepActions;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells people about new and overdue tasks through the notify feature's outbox, one notification
 * per configured channel, written in the caller's transaction (the task change and its notices
 * commit together). Keys derive from the task's user task key, so a task found again or a repeated
 * check sends nothing twice.
 */
@ApplicationScoped
public class TaskNotices {

  private final InboxConfig config;
  private final Notifications notifications;
  private final TaskWording wording;
  private final Optional<String> publicUrl;

  TaskNotices(
      InboxConfig config,
      Notifications notifications,
      TaskWording wording,
      @ConfigProperty(name = "irp.public-url") Optional<String> publicUrl) {
    this.config = config;
    this.notifications = notifications;
    this.wording = wording;
    this.publicUrl = publicUrl;
  }

  /**
   * The task's page under irp.public-url (the notify feature refuses to start with channels but
   * without it), or null where there is none.
   */
  String taskLink(Task task) {
    return publicUrl
        .filter(u -> !u.isBlank())
        .map(u -> u.strip().replaceAll("/+$", "") + "/inbox/tasks/" + task.jobKey)
        .orElse(null);
  }

  /**
   * A misspelt channel would otherwise fail every task intake at run time; refuse to start instead.
   */
  void checkChannels(@Observes StartupEvent event) {
    Set<String> named = new LinkedHashSet<>(config.notifyChannels().orElse(List.of()));
    config.groupChannels().values().forEach(named::addAll);
    named.removeAll(notifications.channelNames());
    if (!named.isEmpty()) {
      throw new IllegalStateException(
          "irp.inbox.notify-channels / irp.inbox.group-channels name "
              + named
              + ", which are not configured notification channels: configure irp.notify.channels.<name>.type or remove them"
              + " (known: "
              + notifications.channelNames()
              + ")");
    }
  }

  /**
   * Queues the new-task notice; returns the notification ids (empty when no channel is configured).
   */
  public List<String> taskCreated(Task task) {
    return send(TaskNoticeText.Kind.NEW, task, "new");
  }

  /** Queues the escalation of an overdue task; returns the notification ids. */
  public List<String> taskOverdue(Task task) {
    return send(TaskNoticeText.Kind.OVERDUE, task, "overdue");
  }

  /**
   * The channels for this task: the general ones, then those of its candidate groups, each once.
   */
  Set<String> channels(Task task) {
    Set<String> channels = new LinkedHashSet<>(config.notifyChannels().orElse(List.of()));
    for (String group : task.candidateGroupList()) {
      channels.addAll(config.groupChannels().getOrDefault(group, List.of()));
    }
    channels.removeIf(String::isBlank);
    return channels;
  }

  private List<String> send(TaskNoticeText.Kind kind, Task task, String event) {
    Set<String> channels = channels(task);
    if (channels.isEmpty()) {
      return List.of();
    }
    // Notices are read by the organisation, so the step is named in the organisation's language.
    TaskNoticeText words =
        TaskNoticeText.of(kind, task, wording.title(task, TaskNoticeText.locale(task)));
    String link = taskLink(task);
    String text = link == null ? words.text() : words.text() + "\n" + link;
    return channels.stream()
        .map(
            channel ->
                notifications.enqueue(
                    channel,
                    new NotificationMessage(
                        words.subject(),
                        text,
                        null,
                        TaskNoticeText.locale(task),
                        task.incidentId,
                        "inbox:task:" + task.jobKey + ":" + event + ":" + channel,
                        new StepActions(String.valueOf(task.jobKey), link))))
        .toList();
  }
}
