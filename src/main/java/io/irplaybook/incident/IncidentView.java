package io.irplaybook.incident;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.irplaybook.incident.service.Declaration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An incident as the API shows it. {@code openSteps} is only filled by {@code GET
 * /api/incidents/{id}}.
 *
 * @param tier {@code small}, {@code mid} or {@code large}; null while a pending start has not
 *     reached the engine
 * @param tierRule the sentence of the decision rule that chose the tier
 * @param awareAt when the organisation became aware; every regulator clock counts from it
 * @param exposureStart the earliest date the exposure may have begun, when known
 * @param firstActionAt when a responder first claimed or completed a step
 * @param containedAt when the containment steps were first all done
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IncidentView(
    String id,
    String title,
    String scenario,
    String severity,
    String status,
    String tier,
    String playbook,
    String tierRule,
    String tierOverride,
    String tierOverrideReason,
    @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, example = "2251799813685249")
        Long processInstanceKey,
    Instant declaredAt,
    String declaredBy,
    Instant awareAt,
    LocalDate exposureStart,
    Instant firstActionAt,
    Instant containedAt,
    Instant endedAt,
    String endReason,
    String startError,
    Declaration.Organization organization,
    List<Declaration.Asset> assets,
    List<OpenStep> openSteps) {

  public IncidentView withOpenSteps(List<OpenStep> steps) {
    return new IncidentView(
        id,
        title,
        scenario,
        severity,
        status,
        tier,
        playbook,
        tierRule,
        tierOverride,
        tierOverrideReason,
        processInstanceKey,
        declaredAt,
        declaredBy,
        awareAt,
        exposureStart,
        firstActionAt,
        containedAt,
        endedAt,
        endReason,
        startError,
        organization,
        assets,
        steps);
  }

  /** The organisation's name, or null when the declaration had none. */
  public String organizationName() {
    return organization == null ? null : organization.name();
  }

  /**
   * The time zone pages show this incident's times in: Japan's for an organisation that reads
   * Japanese, UTC otherwise (declarations carry a locale, not a zone).
   */
  public String timeZone() {
    return organization != null && "ja".equals(organization.locale()) ? "Asia/Tokyo" : "UTC";
  }
}
