package io.irplaybook.incident.rest;

import io.irplaybook.audit.AuditRecord;
import java.time.Instant;
import java.util.Map;

/** One line of an incident's timeline, from its audit record. */
public record TimelineEntry(
    long seq,
    Instant time,
    String action,
    String actor,
    String result,
    Long processInstanceKey,
    Long jobKey,
    Map<String, Object> details) {

  static TimelineEntry of(AuditRecord r) {
    var e = r.event();
    return new TimelineEntry(
        r.seq(),
        r.time(),
        e.action(),
        e.actor(),
        e.result(),
        e.processInstanceKey(),
        e.jobKey(),
        e.details());
  }
}
