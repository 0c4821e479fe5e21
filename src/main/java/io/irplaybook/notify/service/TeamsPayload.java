package io.irplaybook.notify.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the message a Teams Workflows webhook ("When a Teams webhook request is received", then
 * "Post card in a chat or channel") posts: a {@code message} with one Adaptive Card attachment
 * (schema 1.4), built with Jackson. The subject is a bold heading, each paragraph a wrapped text
 * block. Teams refuses messages over about 28 KB, so the text is capped well below.
 */
public final class TeamsPayload {

  static final String CARD_TYPE = "application/vnd.microsoft.card.adaptive";
  static final int MAX_TEXT = 20_000;
  static final int MAX_BLOCKS = 40;
  private static final ObjectMapper JSON = new ObjectMapper();

  private TeamsPayload() {}

  public static ObjectNode build(String subject, String text) {
    ObjectNode message = JSON.createObjectNode().put("type", "message");
    ObjectNode attachment = message.putArray("attachments").addObject();
    attachment.put("contentType", CARD_TYPE);
    attachment.putNull("contentUrl");
    ObjectNode card = attachment.putObject("content");
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("type", "AdaptiveCard");
    card.put("version", "1.4");
    ArrayNode body = card.putArray("body");
    if (subject != null && !subject.isBlank()) {
      body.addObject()
          .put("type", "TextBlock")
          .put("text", cap(subject.strip(), 500))
          .put("weight", "Bolder")
          .put("size", "Medium")
          .put("wrap", true);
    }
    String rest = cap(text == null ? "" : text, MAX_TEXT);
    String[] paragraphs = rest.split("\n\\s*\n");
    int blocks = 0;
    StringBuilder overflow = new StringBuilder();
    for (String paragraph : paragraphs) {
      String p = paragraph.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (blocks < MAX_BLOCKS - 1) {
        body.addObject().put("type", "TextBlock").put("text", p).put("wrap", true);
        blocks++;
      } else {
        // The last block takes whatever is left, so no text is lost to the block limit.
        overflow.append(overflow.isEmpty() ? "" : "\n\n").append(p);
      }
    }
    if (!overflow.isEmpty()) {
      body.addObject().put("type", "TextBlock").put("text", overflow.toString()).put("wrap", true);
    }
    return message;
  }

  private static String cap(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
