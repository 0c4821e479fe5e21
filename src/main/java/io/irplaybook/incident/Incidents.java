package io.irplaybook.incident;

import io.irplaybook.incident.service.IncidentQueries;
import io.irplaybook.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Incidents as other features and the pages read them; the same view as GET /api/incidents/{id}.
 */
@ApplicationScoped
public class Incidents {

  private final IncidentQueries queries;

  Incidents(IncidentQueries queries) {
    this.queries = queries;
  }

  /**
   * The incident as declared, or empty for an id nobody declared (e.g. a process started by hand).
   */
  public Optional<IncidentView> find(String id) {
    try {
      return Optional.of(queries.get(id));
    } catch (ProblemException notFound) {
      if (notFound.status() != 404) {
        throw notFound;
      }
      return Optional.empty();
    }
  }
}
