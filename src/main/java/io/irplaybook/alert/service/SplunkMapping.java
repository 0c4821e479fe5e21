package io.irplaybook.alert.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.irplaybook.platform.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * Splunk's webhook alert action: {@code search_name}, {@code sid}, {@code results_link}, {@code
 * owner}, {@code app} and {@code result}, the first row of the triggering search. The rule is the
 * saved search's name ({@code sid} changes on every run, so it is not part of the fingerprint);
 * hosts are read from the row's {@code host} and {@code dest} fields, severity from its {@code
 * severity} or {@code urgency} field.
 */
final class SplunkMapping implements AlertMapping {

  @Override
  public MappedAlert map(JsonNode body, List<FieldError> errors) {
    String search = JsonPaths.text(body, "search_name");
    if (search == null) {
      errors.add(
          new FieldError(
              "search_name",
              "Expected the saved search's name; Splunk sends null for an ad-hoc search, so"
                  + " trigger the webhook from a saved alert"));
      return null;
    }
    JsonNode result = body.get("result");
    List<String> hosts = new ArrayList<>(JsonPaths.texts(result, "host"));
    hosts.addAll(JsonPaths.texts(result, "dest"));
    String severity = JsonPaths.text(result, "severity");
    if (severity == null) {
      severity = JsonPaths.text(result, "urgency");
    }
    return new MappedAlert(
        search,
        "Splunk alert: " + search,
        severity,
        hosts,
        JsonPaths.text(body, "results_link"),
        null,
        null);
  }
}
