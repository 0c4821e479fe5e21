package io.irplaybook.comms.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the templates may say about an incident: exactly the process variables of docs/contracts.md,
 * each null when the incident does not (yet) say it. Templates show a null as {@link #unknown()},
 * never a guess.
 */
public record IncidentFacts(
    String incidentId,
    String title,
    String scenario,
    String severity,
    String tier,
    String organization,
    Integer employees,
    Boolean personalData,
    List<String> jurisdictions,
    List<Asset> assets,
    String locale) {

  /** One affected asset. */
  public record Asset(String name, String kind, Boolean usedCloudBackup) {}

  public static IncidentFacts from(Map<String, Object> variables) {
    Map<?, ?> org = variables.get("organization") instanceof Map<?, ?> m ? m : Map.of();
    Map<?, ?> decision = variables.get("tierDecision") instanceof Map<?, ?> m ? m : Map.of();
    String locale = text(variables.get("locale"));
    if (locale == null) {
      locale = text(org.get("locale"));
    }
    return new IncidentFacts(
        text(variables.get("incidentId")),
        text(variables.get("title")),
        text(variables.get("scenario")),
        text(variables.get("severity")),
        text(decision.get("tier")),
        text(org.get("name")),
        number(
            variables.get("employees") != null ? variables.get("employees") : org.get("employees")),
        bool(
            variables.get("personalData") != null
                ? variables.get("personalData")
                : org.get("personalData")),
        strings(variables.get("jurisdictions")),
        assets(variables.get("assets")),
        "ja".equals(locale) ? "ja" : "en");
  }

  /** The words for a fact nobody has established yet, in the draft's language. */
  public String unknown() {
    return "ja".equals(locale) ? "調査中" : "not yet determined";
  }

  public boolean personalDataKnown() {
    return personalData != null;
  }

  /**
   * Whether the Japanese PPC items apply: JP is named, or no jurisdiction is known yet (show, do
   * not hide).
   */
  public boolean japan() {
    return jurisdictions.isEmpty() || jurisdictions.contains("JP");
  }

  /** Whether the GDPR Art. 33 items apply: EU/EEA is named, or no jurisdiction is known yet. */
  public boolean gdpr() {
    return jurisdictions.isEmpty()
        || jurisdictions.stream().anyMatch(j -> j.equals("EU") || j.equals("EEA"));
  }

  public String jurisdictionList() {
    return jurisdictions.isEmpty() ? unknown() : String.join(", ", jurisdictions);
  }

  public List<Asset> cloudBackupAssets() {
    return assets.stream().filter(a -> Boolean.TRUE.equals(a.usedCloudBackup())).toList();
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static Integer number(Object value) {
    return value instanceof Number n ? n.intValue() : null;
  }

  private static Boolean bool(Object value) {
    return value instanceof Boolean b ? b : null;
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.stream().filter(v -> v != null).forEach(v -> out.add(v.toString()));
    }
    return List.copyOf(out);
  }

  private static List<Asset> assets(Object value) {
    List<Asset> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> m) {
          out.add(
              new Asset(text(m.get("name")), text(m.get("kind")), bool(m.get("usedCloudBackup"))));
        }
      }
    }
    return List.copyOf(out);
  }
}
