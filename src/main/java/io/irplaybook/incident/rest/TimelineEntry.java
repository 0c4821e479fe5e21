package io.irplaybook.incident.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.irplaybook.audit.AuditRecord;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of an incident's timeline, from its audit record. */
public record TimelineEntry(
    long seq,
    Instant time,
    String action,
    String actor,
    String result,
    @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, example = "2251799813685249")
        Long processInstanceKey,
    @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, example = "2251799813685260")
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
