package io.irplaybook.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The inbox list's filters as its form sent them, echoed back into the form and the page links.
 *
 * @param action the list's own path ({@code /inbox} or {@code /inbox/queue})
 */
public record TaskListQuery(String action, String status, String incident, boolean overdue) {

  /** How many tasks a page of the inbox shows. */
  static final int PAGE_SIZE = 50;

  /** The address of another page of the same list. */
  public String link(int page) {
    StringBuilder q = new StringBuilder(action).append("?status=").append(encode(status));
    if (incident != null && !incident.isBlank()) {
      q.append("&incident=").append(encode(incident));
    }
    if (overdue) {
      q.append("&overdue=true");
    }
    return q.append("&page=").append(page).toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
