package io.irplaybook.web;

import java.util.Locale;

/** The phases an incident goes through, in the order the overview and the dashboard show them. */
public enum Phase {
  CONTAIN,
  PRESERVE,
  ROTATE,
  HARDEN,
  DETECT,
  NOTIFY,
  REVIEW;

  /** The lower-case name, used in message keys, ids and CSS classes. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
