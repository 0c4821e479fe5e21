package io.irplaybook.incident.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.incident.Incident;
import io.irplaybook.incident.IncidentView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Maps incidents to {@link IncidentView} and JSON, and lists to JSON text for the entity's columns.
 */
@ApplicationScoped
public class IncidentViews {

  private final ObjectMapper json;

  IncidentViews(ObjectMapper json) {
    this.json = json;
  }

  public IncidentView of(Incident i) {
    var organization =
        new Declaration.Organization(
            i.orgName,
            i.orgEmployees,
            i.orgIndustry,
            read(i.orgJurisdictionsJson, new TypeReference<List<String>>() {}),
            i.personalData,
            i.locale);
    return new IncidentView(
        i.id,
        i.title,
        i.scenario,
        i.severity,
        i.status.name(),
        i.tier,
        i.playbook,
        i.tierRule,
        i.tierOverride,
        i.tierOverrideReason,
        i.processInstanceKey,
        i.declaredAt,
        i.declaredBy,
        i.awareAt,
        i.exposureStart,
        i.firstActionAt,
        i.containedAt,
        i.endedAt,
        i.endReason,
        i.startError,
        organization,
        read(i.assetsJson, new TypeReference<List<Declaration.Asset>>() {}),
        null);
  }

  public String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write JSON", e);
    }
  }

  public <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON does not parse", e);
    }
  }
}
