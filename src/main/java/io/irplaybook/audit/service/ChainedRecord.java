package io.irplaybook.audit.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One row of the trail exactly as it is hashed, stored and exported. {@code details} is already the
 * canonical JSON of the details object, so writing a record is string concatenation only.
 *
 * <p>{@code keyFormat} says how the record writes {@code processInstanceKey} and {@code jobKey}:
 * {@link #KEYS_AS_NUMBERS} for records appended before issue 18 (they are verified as they were
 * hashed), {@link #KEYS_AS_STRINGS} since, because Zeebe keys exceed 2^53 and an RFC 8785 verifier
 * reads every JSON number as a double.
 */
public record ChainedRecord(
    long seq,
    Instant time,
    String actor,
    String sourceIp,
    String action,
    String objectType,
    String objectId,
    String result,
    String incidentId,
    Long processInstanceKey,
    Long jobKey,
    String details,
    String prevHash,
    String hash,
    int keyFormat) {

  /** Keys as JSON numbers: every record appended before the column key_format existed. */
  public static final int KEYS_AS_NUMBERS = 1;

  /** Keys as JSON strings of their decimal digits, as Camunda's REST API writes them. */
  public static final int KEYS_AS_STRINGS = 2;

  /** UTC with exactly three fraction digits, so the same instant always hashes the same. */
  public static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  public ChainedRecord {
    time = time.truncatedTo(ChronoUnit.MILLIS);
  }

  public String timeText() {
    var out = new StringBuilder(24);
    appendTime(time, out);
    return out.toString();
  }

  /**
   * The date part of the last day formatted; records come in time order, so it is almost always a
   * hit.
   */
  private record DayPrefix(long epochDay, String text) {}

  private static volatile DayPrefix lastDay = new DayPrefix(Long.MIN_VALUE, "");

  /**
   * Writes {@code uuuu-MM-dd'T'HH:mm:ss.SSS'Z'} (same output as {@link #TIME}) without a formatter:
   * an export formats a million of these, and DateTimeFormatter dominated the profile.
   */
  static void appendTime(Instant time, StringBuilder out) {
    long millis = time.toEpochMilli();
    long day = Math.floorDiv(millis, 86_400_000L);
    DayPrefix prefix = lastDay;
    if (prefix.epochDay() != day) {
      String date = TIME.format(Instant.ofEpochMilli(day * 86_400_000L)).substring(0, 11);
      prefix = new DayPrefix(day, date);
      lastDay = prefix;
    }
    int inDay = (int) Math.floorMod(millis, 86_400_000L);
    out.append(prefix.text());
    two(inDay / 3_600_000, out);
    out.append(':');
    two(inDay / 60_000 % 60, out);
    out.append(':');
    two(inDay / 1000 % 60, out);
    out.append('.');
    int ms = inDay % 1000;
    out.append((char) ('0' + ms / 100))
        .append((char) ('0' + ms / 10 % 10))
        .append((char) ('0' + ms % 10));
    out.append('Z');
  }

  private static void two(int value, StringBuilder out) {
    out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /**
   * A copy carrying its hash, computed from {@code prevHash} and the canonical JSON without the
   * hash.
   */
  public ChainedRecord sealed() {
    return new ChainedRecord(
        seq,
        time,
        actor,
        sourceIp,
        action,
        objectType,
        objectId,
        result,
        incidentId,
        processInstanceKey,
        jobKey,
        details,
        prevHash,
        computeHash(),
        keyFormat);
  }

  public String computeHash() {
    return AuditHash.of(prevHash, canonical(false));
  }

  /** The RFC 8785 form, with or without the {@code hash} member (keys written in sorted order). */
  public String canonical(boolean withHash) {
    var out = new StringBuilder(256 + details.length());
    writeCanonical(out, withHash);
    return out.toString();
  }

  public void writeCanonical(StringBuilder out, boolean withHash) {
    out.append("{\"action\":");
    string(action, out);
    out.append(",\"actor\":");
    string(actor, out);
    out.append(",\"details\":").append(details);
    if (withHash) {
      out.append(",\"hash\":");
      string(hash, out);
    }
    out.append(",\"incidentId\":");
    string(incidentId, out);
    out.append(",\"jobKey\":");
    key(jobKey, out);
    out.append(",\"objectId\":");
    string(objectId, out);
    out.append(",\"objectType\":");
    string(objectType, out);
    out.append(",\"prevHash\":");
    string(prevHash, out);
    out.append(",\"processInstanceKey\":");
    key(processInstanceKey, out);
    out.append(",\"result\":");
    string(result, out);
    out.append(",\"seq\":").append(seq);
    out.append(",\"sourceIp\":");
    string(sourceIp, out);
    out.append(",\"time\":\"");
    appendTime(time, out);
    out.append("\"}");
  }

  private void key(Long value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (keyFormat == KEYS_AS_NUMBERS) {
      out.append(value.longValue());
    } else {
      out.append('"').append(value.longValue()).append('"');
    }
  }

  private static void string(String value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else {
      CanonicalJson.writeString(value, out);
    }
  }
}
