package io.irplaybook.comms.service;

import io.irplaybook.notify.ChannelClass;
import io.irplaybook.notify.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Decides where a {@code notify.send} step's drafts go: the step's {@code channel} header, else the
 * incident's {@code notifyChannels}, narrowed to the channels of the step's {@code channel-class}.
 * Narrowing is what keeps an executive brief off a customer list: every send step of the playbooks
 * names its class (bpmn/README.md), and a channel is internal unless configured otherwise.
 */
@ApplicationScoped
class SendChannels {

  /**
   * The channels to send to, and, when the step's class left out channels it would otherwise have
   * reached, why (for the audit trail; {@code null} otherwise).
   */
  record Choice(List<String> names, String withheldReason) {}

  private final Notifications notifications;

  SendChannels(Notifications notifications) {
    this.notifications = notifications;
  }

  /**
   * @throws DraftSender.RefusedException when the step names an unknown class, or names in its
   *     {@code channel} header a channel of another class (a playbook error: it fails the job
   *     rather than sending to fewer places than its author meant)
   */
  Choice choose(Map<String, String> headers, Map<String, Object> variables) {
    String header = headers.get("channel");
    boolean named = header != null && !header.isBlank();
    List<String> candidates =
        named ? CommsWorkers.split(header) : CommsWorkers.strings(variables.get("notifyChannels"));
    String classHeader = headers.get("channel-class");
    if (classHeader == null || classHeader.isBlank()) {
      return new Choice(candidates, null);
    }
    ChannelClass channelClass;
    try {
      channelClass = ChannelClass.parse(classHeader);
    } catch (IllegalArgumentException e) {
      throw new DraftSender.RefusedException(
          e.getMessage() + " in the task header 'channel-class'");
    }
    List<String> eligible = notifications.ofClass(channelClass, candidates);
    if (eligible.size() == candidates.size()) {
      return new Choice(eligible, null);
    }
    List<String> other = candidates.stream().filter(c -> !eligible.contains(c)).toList();
    if (named) {
      throw new DraftSender.RefusedException(
          "Expected the channels of the task header 'channel' to be of class '"
              + channelClass.label()
              + "' (the step's 'channel-class'), but "
              + other
              + " are not: add the class to irp.notify.channels.<name>.classes or name another"
              + " channel");
    }
    return new Choice(
        eligible,
        "not sent to "
            + other
            + ": not of class '"
            + channelClass.label()
            + "' (irp.notify.channels.<name>.classes)");
  }
}
