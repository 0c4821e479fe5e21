package io.irplaybook.slack.service;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads Slack's form-encoded bodies. The body is read raw (the signature covers its exact bytes),
 * so it is decoded here rather than by the framework.
 */
final class SlackForm {

  private SlackForm() {}

  /** The form's fields; the first value wins when a name repeats. */
  static Map<String, String> parse(byte[] body) {
    Map<String, String> fields = new HashMap<>();
    String text = new String(body, StandardCharsets.UTF_8);
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      fields.putIfAbsent(name, value);
    }
    return fields;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** Escapes Slack's three control characters, so no answer can mention a user or hide a link. */
  static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
