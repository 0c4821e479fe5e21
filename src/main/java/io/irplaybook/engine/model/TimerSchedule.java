package io.irplaybook.engine.model;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * When a timer fires, from the ISO-8601 text of its definition: a duration ({@code PT15M}, {@code
 * P1D}), a date with offset or zone ({@code 2025-01-06T10:00:00Z}) or a repeating interval ({@code
 * R3/PT1H}, {@code R/PT1H}, {@code R2/2025-01-06T10:00:00Z/PT1H}). Pure, so the compiler can check
 * static values at deploy time with the very code that schedules them at run time.
 *
 * @param dueDate epoch milliseconds of the first firing
 * @param repetitions how many times it fires in all; -1 means without end
 * @param intervalMillis the time between firings of a cycle; 0 otherwise
 */
public record TimerSchedule(long dueDate, int repetitions, long intervalMillis) {

  /** Thrown for text that is no valid value of the timer kind; the message is a full sentence. */
  public static final class InvalidTimer extends Exception {
    InvalidTimer(String message) {
      super(message);
    }
  }

  public static TimerSchedule of(TimerDefinition.Type type, String text, long now)
      throws InvalidTimer {
    String value = text == null ? "" : text.trim();
    try {
      return switch (type) {
        case DURATION -> new TimerSchedule(plus(now, value), 1, 0);
        case DATE -> new TimerSchedule(ZonedDateTime.parse(value).toInstant().toEpochMilli(), 1, 0);
        case CYCLE -> cycle(value, now);
      };
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      throw new InvalidTimer(
          "Expected a valid timer "
              + type.name().toLowerCase()
              + " (ISO-8601"
              + example(type)
              + "), but found '"
              + value
              + "'");
    }
  }

  /** The schedule after one firing of a cycle, or null when it has fired its last time. */
  public TimerSchedule next() {
    if (repetitions == 1 || intervalMillis <= 0) {
      return null;
    }
    return new TimerSchedule(
        dueDate + intervalMillis, repetitions < 0 ? -1 : repetitions - 1, intervalMillis);
  }

  private static TimerSchedule cycle(String value, long now) throws InvalidTimer {
    String[] parts = value.split("/");
    if (parts.length < 2 || parts.length > 3 || !parts[0].startsWith("R")) {
      throw new DateTimeParseException("not a repeating interval", value, 0);
    }
    int repetitions = parts[0].length() == 1 ? -1 : Integer.parseInt(parts[0].substring(1));
    if (repetitions == 0) {
      throw new DateTimeParseException("zero repetitions", value, 0);
    }
    String interval = parts[parts.length - 1];
    long start = parts.length == 3 ? ZonedDateTime.parse(parts[1]).toInstant().toEpochMilli() : now;
    long first = plus(start, interval);
    long intervalMillis = first - start;
    if (intervalMillis <= 0) {
      throw new DateTimeParseException("interval not positive", value, 0);
    }
    // with a start date the first firing is at the start itself, as ISO-8601 reads R/start/interval
    return new TimerSchedule(parts.length == 3 ? start : first, repetitions, intervalMillis);
  }

  /** Adds a duration; day-based periods ({@code P1D}, {@code P1M}) are calendar periods in UTC. */
  private static long plus(long epochMillis, String iso) {
    if (iso.contains("T") || !iso.startsWith("P")) {
      return Math.addExact(epochMillis, Duration.parse(iso).toMillis());
    }
    ZonedDateTime start = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC);
    return start.plus(Period.parse(iso)).toInstant().toEpochMilli();
  }

  private static String example(TimerDefinition.Type type) {
    return switch (type) {
      case DURATION -> " duration such as PT15M";
      case DATE -> " date-time with offset such as 2025-01-06T10:00:00Z";
      case CYCLE -> " repeating interval such as R3/PT1H";
    };
  }
}
