package io.irplaybook.incident.service;

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
   */
  public record Organization(
      String name,
      int employees,
      String industry,
      List<String> jurisdictions,
      Boolean personalData,
      String locale) {}

  /** An affected asset. */
  public record Asset(String name, String kind, boolean usedCloudBackup) {}
}
