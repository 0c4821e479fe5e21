package io.irplaybook.incident.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A validated request to declare an incident. Only {@link DeclarationParser} builds one, so every
 * instance has passed validation.
 */
public record Declaration(
    String title,
    String scenario,
    String severity,
    Organization organization,
    String tierOverride,
    String tierOverrideReason,
    List<Asset> assets,
    Instant awareAt,
    LocalDate exposureStart) {

  /**
   * The organisation the incident is declared for; {@code personalData} is null while nobody knows
   * (the playbook's regulatory assessment then decides).
   *
   * @param timeZone IANA id the communications show dates in; null = Asia/Tokyo for {@code ja}, UTC
   *     otherwise
   * @param contact the contact point communications give (desk, phone, e-mail); null = not given
   * @param corporateNumber the Japanese corporate number (法人番号) of a PPC report; null = not given
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Organization(
      String name,
      int employees,
      String industry,
      List<String> jurisdictions,
      Boolean personalData,
      String locale,
      String timeZone,
      String contact,
      String corporateNumber) {}

  /** An affected asset. */
  public record Asset(String name, String kind, boolean usedCloudBackup) {}
}
