package io.irplaybook.notify.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.irplaybook.notify.StepActions;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a Slack incoming-webhook message (Block Kit) with Jackson, never by string templates.
 * Slack's limits are applied: top-level text at most 40,000 characters, section text at most 3,000,
 * at most 50 blocks. Text is escaped for Slack ({@code &}, {@code <}, {@code >}), so no message can
 * mention {@code <!channel>}, a user, or hide a link.
 */
public final class SlackPayload {

  static final int MAX_TEXT = 40_000;
  static final int MAX_SECTION = 3_000;
  static final int MAX_BLOCKS = 50;
  private static final String ELLIPSIS = "…";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SlackPayload() {}

  /** Escapes Slack's control characters; Slack asks for exactly these three. */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The {@code action_id} of the Claim button; its {@code value} is the task id. */
  public static final String CLAIM_ACTION = StepActions.SLACK_CLAIM_ACTION;

  /** The {@code action_id} of the Open in the inbox button (a link; Slack still reports it). */
  public static final String OPEN_ACTION = "irp_open";

  /** The buttons of a notice about a human step: the task to claim and its page, either null. */
  public record Actions(String taskId, String openUrl) {}

  /** The buttons to show, or null when there is nothing to offer. */
  public static Actions actions(String taskId, String openUrl) {
    return taskId == null && openUrl == null ? null : new Actions(taskId, openUrl);
  }

  public static ObjectNode build(String subject, String text) {
    return build(subject, text, null);
  }

  /**
   * The message, with an actions block after the text when {@code actions} is not null: a Claim
   * button (value: the task id) and an Open in the inbox link button. The actions block counts
   * against the 50-block limit.
   */
  public static ObjectNode build(String subject, String text, Actions actions) {
    String safeSubject = escape(subject == null ? "" : subject);
    String safeText = escape(text);
    ObjectNode payload = JSON.createObjectNode();
    String fallback = safeSubject.isEmpty() ? safeText : safeSubject + "\n" + safeText;
    payload.put("text", cap(fallback, MAX_TEXT));
    ArrayNode blocks = payload.putArray("blocks");
    List<String> sections = new ArrayList<>();
    if (!safeSubject.isEmpty()) {
      sections.add("*" + cap(safeSubject, MAX_SECTION - 2) + "*");
    }
    sections.addAll(split(safeText));
    int maxSections = actions == null ? MAX_BLOCKS : MAX_BLOCKS - 1;
    int count = Math.min(sections.size(), maxSections);
    for (int i = 0; i < count; i++) {
      String body = sections.get(i);
      if (i == maxSections - 1 && sections.size() > maxSections) {
        body = cap(body, MAX_SECTION - 1) + ELLIPSIS;
      }
      ObjectNode section = blocks.addObject().put("type", "section");
      section.putObject("text").put("type", "mrkdwn").put("text", cap(body, MAX_SECTION));
    }
    if (actions != null) {
      addButtons(blocks.addObject(), actions);
    }
    return payload;
  }

  private static void addButtons(ObjectNode block, Actions actions) {
    ArrayNode elements = block.put("type", "actions").putArray("elements");
    if (actions.taskId() != null) {
      ObjectNode claim = elements.addObject().put("type", "button");
      claim.putObject("text").put("type", "plain_text").put("text", "Claim");
      claim.put("action_id", CLAIM_ACTION).put("value", actions.taskId()).put("style", "primary");
    }
    if (actions.openUrl() != null) {
      ObjectNode open = elements.addObject().put("type", "button");
      open.putObject("text").put("type", "plain_text").put("text", "Open in the inbox");
      open.put("action_id", OPEN_ACTION).put("url", actions.openUrl());
    }
  }

  /** Paragraphs, each cut into pieces no longer than a section may be. */
  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String paragraph : text.split("\n\\s*\n")) {
      String p = paragraph.strip();
      while (p.length() > MAX_SECTION) {
        int cut = MAX_SECTION;
        // Never split an escape sequence such as &amp; in two.
        int amp = p.lastIndexOf('&', cut - 1);
        if (amp > cut - 6 && p.indexOf(';', amp) >= cut) {
          cut = amp;
        }
        out.add(p.substring(0, cut));
        p = p.substring(cut);
      }
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  private static String cap(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + ELLIPSIS;
  }
}
