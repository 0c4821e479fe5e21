package io.irplaybook.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.FormParam;
import java.util.Arrays;

/**
 * The declare form's fields as typed, kept to show them again after an error, and turned into the
 * JSON body POST /api/incidents takes so that both go through the same checks and messages. A
 * number field that is not a number goes in as text, so the API's message about it shows.
 */
public class DeclareForm {

  @FormParam("title")
  public String title;

  @FormParam("scenario")
  public String scenario;

  @FormParam("severity")
  public String severity;

  @FormParam("orgName")
  public String orgName;

  @FormParam("employees")
  public String employees;

  @FormParam("industry")
  public String industry;

  @FormParam("jurisdictions")
  public String jurisdictions;

  @FormParam("personalData")
  public String personalData;

  @FormParam("locale")
  public String locale;

  /** One asset a line: {@code name, kind, yes} (the last part: it used the cloud backup). */
  @FormParam("assets")
  public String assets;

  /**
   * Generated when the form is first shown and sent back with it: a second press of "Declare", or a
   * resubmission after a dropped connection, finds the incident the first one declared instead of
   * declaring it again. It stays the same when the form comes back with field errors, which is
   * safe: a request with errors declares nothing and records no key.
   */
  @FormParam("requestId")
  public String requestId;

  /** An empty form with the usual choices made. */
  static DeclareForm blank() {
    DeclareForm form = new DeclareForm();
    form.requestId = java.util.UUID.randomUUID().toString();
    form.severity = "high";
    form.locale = "en";
    form.personalData = "unknown";
    return form;
  }

  JsonNode toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode body = f.objectNode();
    putText(body, "title", title);
    putText(body, "scenario", scenario);
    putText(body, "severity", severity);
    ObjectNode org = body.putObject("organization");
    putText(org, "name", orgName);
    if (employees != null && !employees.isBlank()) {
      try {
        org.put("employees", Integer.parseInt(employees.strip()));
      } catch (NumberFormatException notANumber) {
        org.put("employees", employees.strip());
      }
    }
    putText(org, "industry", industry);
    ArrayNode places = org.putArray("jurisdictions");
    if (jurisdictions != null) {
      Arrays.stream(jurisdictions.split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .forEach(places::add);
    }
    if ("yes".equals(personalData) || "no".equals(personalData)) {
      org.put("personalData", "yes".equals(personalData));
    }
    putText(org, "locale", locale);
    ArrayNode list = body.putArray("assets");
    if (assets != null) {
      assets
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty())
          .forEach(
              line -> {
                String[] parts = line.split(",", -1);
                ObjectNode asset = list.addObject();
                putText(asset, "name", parts[0].strip());
                if (parts.length > 1) {
                  putText(asset, "kind", parts[1].strip());
                }
                asset.put(
                    "usedCloudBackup",
                    parts.length > 2 && parts[2].strip().toLowerCase().startsWith("y"));
              });
    }
    return body;
  }

  private static void putText(ObjectNode node, String field, String value) {
    if (value != null && !value.isBlank()) {
      node.put(field, value.strip());
    }
  }

  // Getters for the template, which shows the typed values again.

  public String getTitle() {
    return title;
  }

  public String getScenario() {
    return scenario;
  }

  public String getSeverity() {
    return severity;
  }

  public String getOrgName() {
    return orgName;
  }

  public String getEmployees() {
    return employees;
  }

  public String getIndustry() {
    return industry;
  }

  public String getJurisdictions() {
    return jurisdictions;
  }

  public String getPersonalData() {
    return personalData;
  }

  public String getLocale() {
    return locale;
  }

  public String getAssets() {
    return assets;
  }
}
