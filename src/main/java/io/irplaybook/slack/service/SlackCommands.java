package io.irplaybook.slack.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.irplaybook.inbox.Inbox;
import io.irplaybook.inbox.StepSummary;
import io.irplaybook.inbox.TaskView;
import io.irplaybook.incident.IncidentView;
import io.irplaybook.incident.Incidents;
import io.irplaybook.slack.service.SlackMembers.Member;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The slash command {@code /irp}: {@code status INC-...} (tier, phase progress, open steps, overdue
 * count; add {@code share} to answer in the channel), {@code mine} (the linked user's claimed open
 * steps) and {@code help}. Answers are ephemeral unless shared, and show only incidents the linked
 * user may see (need to know), so a channel member learns nothing their own account would not show.
 */
@ApplicationScoped
public class SlackCommands {

  static final String HELP =
      "`/irp status INC-...` the incident's tier, phase progress, open steps and overdue count"
          + " (add `share` to show it to the channel)\n"
          + "`/irp mine` the open steps you have claimed\n"
          + "`/irp help` this text";

  /** More steps than this are summarised as "and N more" (Slack caps a message's text). */
  static final int MAX_LINES = 20;

  private final SlackMembers members;
  private final Incidents incidents;
  private final Inbox inbox;

  SlackCommands(SlackMembers members, Incidents incidents, Inbox inbox) {
    this.members = members;
    this.incidents = incidents;
    this.inbox = inbox;
  }

  /** Handles a verified slash-command request and returns Slack's answer. */
  public ObjectNode handle(byte[] body, String sourceIp) {
    Map<String, String> form = SlackForm.parse(body);
    String[] words = form.getOrDefault("text", "").strip().split("\\s+");
    String verb = words[0].toLowerCase(Locale.ROOT);
    if (verb.isEmpty() || verb.equals("help")) {
      return SlackReplies.ephemeral(HELP);
    }
    String slackUser = form.getOrDefault("user_id", "");
    Optional<Member> member = members.linked(slackUser, sourceIp);
    if (member.isEmpty()) {
      return SlackReplies.ephemeral(SlackMembers.linkYourAccount(slackUser));
    }
    return switch (verb) {
      case "status" ->
          words.length < 2
              ? SlackReplies.ephemeral("Name the incident: `/irp status INC-...`")
              : status(
                  member.get(), words[1], words.length > 2 && words[2].equalsIgnoreCase("share"));
      case "mine" -> mine(member.get());
      default ->
          SlackReplies.ephemeral("Unknown command `" + SlackForm.escape(verb) + "`. Try:\n" + HELP);
    };
  }

  private ObjectNode status(Member member, String incidentId, boolean share) {
    Optional<IncidentView> found = incidents.findVisibleTo(member.reader(), incidentId);
    if (found.isEmpty()) {
      // The same answer for an unknown id and one the user may not see: need to know.
      return SlackReplies.ephemeral(
          "No incident " + SlackForm.escape(incidentId) + " that you may see.");
    }
    IncidentView incident = found.get();
    List<StepSummary> steps = inbox.stepsOf(incident.id());
    List<StepSummary> open = steps.stream().filter(StepSummary::isOpen).toList();
    long overdue = open.stream().filter(StepSummary::overdue).count();
    StringBuilder text = new StringBuilder();
    text.append("*")
        .append(SlackForm.escape(incident.id()))
        .append("* ")
        .append(SlackForm.escape(incident.title()))
        .append("\nStatus: ")
        .append(incident.status())
        .append(" · Severity: ")
        .append(incident.severity())
        .append(" · Tier: ")
        .append(incident.tier() == null ? "not decided yet" : incident.tier())
        .append("\nPhases: ")
        .append(phases(steps))
        .append("\nOpen steps: ")
        .append(open.size())
        .append(" · Overdue: ")
        .append(overdue);
    lines(open, text);
    String answer = text.toString();
    return share ? SlackReplies.inChannel(answer) : SlackReplies.ephemeral(answer);
  }

  /** Each phase's finished and total steps, in the order the phases first appear. */
  static String phases(List<StepSummary> steps) {
    Map<String, int[]> byPhase = new LinkedHashMap<>();
    for (StepSummary s : steps) {
      int[] counts =
          byPhase.computeIfAbsent(s.phase() == null ? "other" : s.phase(), p -> new int[2]);
      counts[1]++;
      if (!s.isOpen()) {
        counts[0]++;
      }
    }
    if (byPhase.isEmpty()) {
      return "no steps yet";
    }
    List<String> parts = new ArrayList<>();
    byPhase.forEach((phase, c) -> parts.add(SlackForm.escape(phase) + " " + c[0] + "/" + c[1]));
    return String.join(", ", parts);
  }

  private static void lines(List<StepSummary> open, StringBuilder text) {
    for (int i = 0; i < open.size() && i < MAX_LINES; i++) {
      StepSummary s = open.get(i);
      text.append("\n• ")
          .append(SlackForm.escape(s.title()))
          .append(" (")
          .append(s.assignee() == null ? "unclaimed" : SlackForm.escape(s.assignee()))
          .append(s.overdue() ? ", overdue" : "")
          .append(")");
    }
    if (open.size() > MAX_LINES) {
      text.append("\n… and ").append(open.size() - MAX_LINES).append(" more");
    }
  }

  private ObjectNode mine(Member member) {
    List<TaskView> tasks = inbox.list("mine", "open", null, null, member.viewer());
    if (tasks.isEmpty()) {
      return SlackReplies.ephemeral("You hold no open steps.");
    }
    StringBuilder text = new StringBuilder("Your open steps (" + tasks.size() + "):");
    for (int i = 0; i < tasks.size() && i < MAX_LINES; i++) {
      TaskView t = tasks.get(i);
      text.append("\n• ")
          .append(SlackForm.escape(t.incidentId()))
          .append(": ")
          .append(SlackForm.escape(t.title()))
          .append(" (task ")
          .append(t.id())
          .append(t.overdue() ? ", overdue" : "")
          .append(")");
    }
    if (tasks.size() > MAX_LINES) {
      text.append("\n… and ").append(tasks.size() - MAX_LINES).append(" more");
    }
    return SlackReplies.ephemeral(text.toString());
  }
}
