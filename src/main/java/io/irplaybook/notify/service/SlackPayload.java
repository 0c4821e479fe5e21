package io.irplaybook.notify.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  public static ObjectNode build(String subject, String text) {
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
    int count = Math.min(sections.size(), MAX_BLOCKS);
    for (int i = 0; i < count; i++) {
      String body = sections.get(i);
      if (i == MAX_BLOCKS - 1 && sections.size() > MAX_BLOCKS) {
        body = cap(body, MAX_SECTION - 1) + ELLIPSIS;
      }
      ObjectNode section = blocks.addObject().put("type", "section");
      section.putObject("text").put("type", "mrkdwn").put("text", cap(body, MAX_SECTION));
    }
    return payload;
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
