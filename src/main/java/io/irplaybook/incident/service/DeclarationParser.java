package io.irplaybook.incident.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.irplaybook.platform.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a request's JSON into a {@link Declaration}, or names every bad field. Checked by hand
 * rather than with Bean Validation so that each message says exactly what to send instead, and so
 * that a number sent as a string is an error instead of being coerced. Unknown fields are ignored:
 * the request shape may grow.
 */
@ApplicationScoped
public class DeclarationParser {

  static final Set<String> SEVERITIES = Set.of("low", "medium", "high", "critical");
  static final Set<String> TIERS = Set.of("small", "mid", "large");
  static final Set<String> LOCALES = Set.of("en", "ja");
  static final int MAX_ASSETS = 1000;

  private final ScenarioCatalog scenarios;

  DeclarationParser(ScenarioCatalog scenarios) {
    this.scenarios = scenarios;
  }

  /** The outcome: a declaration, or the list of what is wrong (never both). */
  public record Result(Declaration declaration, List<FieldError> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  public Result parse(JsonNode body) {
    Fields f = new Fields();
    if (body == null || !body.isObject()) {
      f.error("", "Expected a JSON object with title, scenario, severity and organization");
      return new Result(null, f.errors);
    }
    String title = f.text(body, "title", 200, true);
    String scenario = f.text(body, "scenario", 100, true);
    if (scenario != null && !scenarios.contains(scenario)) {
      f.error(
          "scenario", "Unknown scenario '" + scenario + "'; expected one of " + scenarios.ids());
    }
    String severity = f.oneOf(body, "severity", SEVERITIES, true);
    Declaration.Organization organization = organization(body.get("organization"), f);
    String override = f.oneOf(body, "tierOverride", TIERS, false);
    String reason = f.text(body, "tierOverrideReason", 2000, false);
    if (override != null && reason == null) {
      f.error(
          "tierOverrideReason",
          "Expected a reason when tierOverride is set (who decided it and why)");
    }
    List<Declaration.Asset> assets = assets(body.get("assets"), f);
    Instant awareAt = f.instant(body, "awareAt");
    LocalDate exposureStart = f.date(body, "exposureStart");
    if (!f.errors.isEmpty()) {
      return new Result(null, f.errors);
    }
    return new Result(
        new Declaration(
            title,
            scenario,
            severity,
            organization,
            override,
            override == null ? null : reason,
            assets,
            awareAt,
            exposureStart),
        List.of());
  }

  private Declaration.Organization organization(JsonNode node, Fields f) {
    if (node == null || node.isNull()) {
      f.error(
          "organization",
          "Expected the organisation: {name, employees, industry, jurisdictions, personalData, locale}");
      return null;
    }
    if (!node.isObject()) {
      f.error(
          "organization",
          "Expected an object {name, employees, industry, jurisdictions, personalData, locale}");
      return null;
    }
    Fields o = f.nested("organization.");
    String name = o.text(node, "name", 200, true);
    Integer employees = o.positiveInt(node, "employees");
    String industry = o.text(node, "industry", 100, false);
    List<String> jurisdictions = o.stringList(node, "jurisdictions", 50);
    Boolean personalData = o.bool(node, "personalData");
    String locale = o.oneOf(node, "locale", LOCALES, false);
    String timeZone = o.timeZone(node, "timeZone");
    String contact = o.text(node, "contact", 500, false);
    String corporateNumber = o.corporateNumber(node, "corporateNumber");
    return new Declaration.Organization(
        name,
        employees == null ? 0 : employees,
        industry,
        jurisdictions,
        personalData,
        locale == null ? "en" : locale,
        timeZone,
        contact,
        corporateNumber);
  }

  private List<Declaration.Asset> assets(JsonNode node, Fields f) {
    List<Declaration.Asset> assets = new ArrayList<>();
    if (node == null || node.isNull()) {
      return assets;
    }
    if (!node.isArray() || node.size() > MAX_ASSETS) {
      f.error(
          "assets",
          "Expected a list of at most " + MAX_ASSETS + " assets [{name, kind, usedCloudBackup}]");
      return assets;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode asset = node.get(i);
      Fields a = f.nested("assets[" + i + "].");
      if (!asset.isObject()) {
        f.error("assets[" + i + "]", "Expected an object {name, kind, usedCloudBackup}");
        continue;
      }
      String name = a.text(asset, "name", 200, true);
      String kind = a.text(asset, "kind", 100, false);
      Boolean usedCloudBackup = a.bool(asset, "usedCloudBackup");
      assets.add(new Declaration.Asset(name, kind, Boolean.TRUE.equals(usedCloudBackup)));
    }
    return assets;
  }
}
