package io.irplaybook.web;

import java.time.Duration;
import java.time.Instant;

/** Times as a person reads them on a page: "5 min ago", "in 2 h 10 min", "3 分前". */
final class RelativeTime {

  private RelativeTime() {}

  static String of(Instant time, Instant now, String lang) {
    Duration between = Duration.between(now, time);
    boolean future = !between.isNegative();
    String span = span(between.abs());
    if ("ja".equals(lang)) {
      return span + (future ? "後" : "前");
    }
    return future ? "in " + span : span + " ago";
  }

  /** The two largest units of a duration: "3 d 2 h", "2 h 10 min", "4 min", "45 s". */
  static String span(Duration d) {
    long seconds = d.abs().getSeconds();
    long days = seconds / 86_400;
    long hours = (seconds % 86_400) / 3_600;
    long minutes = (seconds % 3_600) / 60;
    if (days > 0) {
      return hours > 0 ? days + " d " + hours + " h" : days + " d";
    }
    if (hours > 0) {
      return minutes > 0 ? hours + " h " + minutes + " min" : hours + " h";
    }
    if (minutes > 0) {
      return minutes + " min";
    }
    return seconds + " s";
  }
}
