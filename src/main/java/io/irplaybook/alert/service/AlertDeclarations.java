package io.irplaybook.alert.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.irplaybook.alert.config.AlertConfig;
import io.irplaybook.alert.config.AlertConfig.AlertFormat;
import io.irplaybook.platform.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns an alert into the JSON body POST /api/incidents takes (so it passes the same checks), with
 * the fingerprint that de-duplicates it: source, rule, organisation and the sorted hosts.
 */
@ApplicationScoped
public class AlertDeclarations {

  private static final Set<String> SEVERITIES = Set.of("low", "medium", "high", "critical");
  private static final int MAX_ASSETS = 1000;
  private static final int MAX_TITLE = 200;

  /** A mapped alert: the declaration body and what identifies repeats of it. */
  public record Mapped(String fingerprint, String rule, String organization, ObjectNode body) {}

  /** The mapped alert, or the fields that stopped it (never both). */
  public record Result(Mapped mapped, List<FieldError> errors) {}

  private final ObjectMapper json;

  AlertDeclarations(ObjectMapper json) {
    this.json = json;
  }

  public Result map(
      String sourceName,
      AlertConfig.Source source,
      Map<String, AlertConfig.Organization> organizations,
      JsonNode payload) {
    List<FieldError> errors = new ArrayList<>();
    MappedAlert alert = mapping(source.format()).map(payload, errors);
    if (alert == null) {
      return new Result(null, errors);
    }
    String orgKey = organizationKey(source, payload, alert);
    AlertConfig.Organization organization = orgKey == null ? null : organizations.get(orgKey);
    if (organization == null) {
      errors.add(
          new FieldError(
              source.organizationField().orElse("organization"),
              orgKey == null
                  ? "Expected an organisation key; set irp.alerts.sources."
                      + sourceName
                      + ".organization or send the lookup field"
                  : "No organisation is configured under the key '"
                      + orgKey
                      + "'; configure irp.alerts.organizations."
                      + orgKey
                      + ".*"));
      return new Result(null, errors);
    }
    String scenario = alert.scenario() != null ? alert.scenario() : source.scenario().orElse(null);
    if (scenario == null) {
      errors.add(
          new FieldError(
              "scenario",
              "Expected a scenario; set irp.alerts.sources." + sourceName + ".scenario"));
      return new Result(null, errors);
    }
    Set<String> hosts = new TreeSet<>(alert.hosts());
    if (hosts.size() > MAX_ASSETS) {
      errors.add(
          new FieldError("assets", "Expected at most " + MAX_ASSETS + " hosts in one alert"));
      return new Result(null, errors);
    }
    ObjectNode body = json.createObjectNode();
    body.put("title", cap(alert.title()));
    body.put("scenario", scenario);
    body.put("severity", severity(source, alert.severity()));
    body.set("organization", organization(organization));
    ArrayNode assets = body.putArray("assets");
    hosts.forEach(h -> assets.addObject().put("name", h).put("kind", source.assetKind()));
    String fingerprint = fingerprint(sourceName, alert.rule(), orgKey, hosts);
    return new Result(new Mapped(fingerprint, alert.rule(), orgKey, body), List.of());
  }

  private static AlertMapping mapping(AlertFormat format) {
    return switch (format) {
      case SPLUNK -> new SplunkMapping();
      case ELASTIC -> new ElasticMapping();
      case SENTINEL -> new SentinelMapping();
      case GENERIC -> new GenericMapping();
    };
  }

  private static String organizationKey(
      AlertConfig.Source source, JsonNode payload, MappedAlert alert) {
    String key = source.organizationField().map(f -> JsonPaths.text(payload, f)).orElse(null);
    if (key == null) {
      key = alert.organizationKey();
    }
    if (key == null) {
      key = source.organization().orElse(null);
    }
    return key == null ? null : key.toLowerCase(Locale.ROOT);
  }

  /** The source's mapping first, then our own names, then the source's default. */
  static String severity(AlertConfig.Source source, String given) {
    if (given != null) {
      String value = given.strip().toLowerCase(Locale.ROOT);
      String mapped = source.severityMap().get(value);
      if (mapped != null) {
        return mapped;
      }
      if (SEVERITIES.contains(value)) {
        return value;
      }
    }
    return source.defaultSeverity();
  }

  private ObjectNode organization(AlertConfig.Organization o) {
    ObjectNode node = json.createObjectNode();
    node.put("name", o.name());
    node.put("employees", o.employees());
    o.industry().ifPresent(v -> node.put("industry", v));
    ArrayNode jurisdictions = node.putArray("jurisdictions");
    o.jurisdictions().orElse(List.of()).forEach(jurisdictions::add);
    o.personalData().ifPresent(v -> node.put("personalData", v));
    node.put("locale", o.locale());
    o.timeZone().ifPresent(v -> node.put("timeZone", v));
    o.contact().ifPresent(v -> node.put("contact", v));
    return node;
  }

  static String fingerprint(String source, String rule, String organization, Set<String> hosts) {
    StringBuilder text = new StringBuilder();
    // Separated by a character none of the parts can hold unnoticed: NUL.
    text.append(source).append('\0').append(rule).append('\0').append(organization);
    hosts.forEach(h -> text.append('\0').append(h));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String cap(String title) {
    return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
  }
}
