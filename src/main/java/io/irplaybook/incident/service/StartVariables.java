package io.irplaybook.incident.service;

import io.irplaybook.incident.config.IncidentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The process variables of docs/contracts.md, built from a declaration. */
@ApplicationScoped
public class StartVariables {

  private final IncidentConfig config;

  StartVariables(IncidentConfig config) {
    this.config = config;
  }

  /**
   * @param awareAt the anchor of the regulator clocks as intake fixed it (the declared value, else
   *     the declaration time)
   */
  public Map<String, Object> of(String incidentId, Declaration d, Instant awareAt) {
    Map<String, Object> organization = new LinkedHashMap<>();
    organization.put("name", d.organization().name());
    organization.put("employees", d.organization().employees());
    organization.put("industry", d.organization().industry());
    organization.put("jurisdictions", d.organization().jurisdictions());
    organization.put("personalData", d.organization().personalData());
    organization.put("locale", d.organization().locale());
    List<Map<String, Object>> assets = new ArrayList<>();
    for (Declaration.Asset a : d.assets()) {
      Map<String, Object> asset = new LinkedHashMap<>();
      asset.put("name", a.name());
      asset.put("kind", a.kind());
      asset.put("usedCloudBackup", a.usedCloudBackup());
      assets.add(asset);
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("incidentId", incidentId);
    v.put("title", d.title());
    v.put("scenario", d.scenario());
    v.put("severity", d.severity());
    v.put("employees", d.organization().employees());
    v.put("tierOverride", d.tierOverride());
    v.put("tierOverrideReason", d.tierOverrideReason());
    v.put("personalData", d.organization().personalData());
    v.put("locale", d.organization().locale());
    v.put("jurisdictions", d.organization().jurisdictions());
    v.put("organization", organization);
    v.put("assets", assets);
    v.put("notifyChannels", config.notifyChannels().orElse(List.of()));
    v.put("awareAt", awareAt == null ? null : awareAt.toString());
    v.put("exposureStart", d.exposureStart() == null ? null : d.exposureStart().toString());
    return v;
  }

  /** The inputs of decision select-playbook, the same the process passes. */
  public static Map<String, Object> decisionInputs(Map<String, Object> variables) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("employees", variables.get("employees"));
    inputs.put("tierOverride", variables.get("tierOverride"));
    inputs.put("scenario", variables.get("scenario"));
    return inputs;
  }
}
