package io.irplaybook.incident.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The scenarios an incident may be declared for. The list is data ({@code scenarios.json} on the
 * class path), so adding a scenario needs no code change.
 */
@ApplicationScoped
public class ScenarioCatalog {

  static final String RESOURCE = "scenarios.json";

  /** One scenario: its id (what requests send), a title and a description for people. */
  public record Scenario(String id, String title, String description) {}

  private final List<Scenario> scenarios;

  ScenarioCatalog(ObjectMapper json) {
    try (InputStream in = ScenarioCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Expected " + RESOURCE + " on the class path, but it is missing");
      }
      scenarios = List.copyOf(json.readValue(in, new TypeReference<List<Scenario>>() {}));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + RESOURCE, e);
    }
  }

  public List<Scenario> all() {
    return scenarios;
  }

  public boolean contains(String id) {
    return scenarios.stream().anyMatch(s -> s.id().equals(id));
  }

  public List<String> ids() {
    return scenarios.stream().map(Scenario::id).toList();
  }
}
