package io.irplaybook.incident;

import com.fasterxml.jackson.databind.JsonNode;
import io.irplaybook.incident.service.DeclarationParser;
import io.irplaybook.incident.service.IncidentDeclarer;
import io.irplaybook.incident.service.IncidentMilestones;
import io.irplaybook.incident.service.IncidentQueries;
import io.irplaybook.incident.service.Requester;
import io.irplaybook.incident.service.ScenarioCatalog;
import io.irplaybook.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Incidents as other features and the pages read them; the same view as GET /api/incidents/{id}.
 */
@ApplicationScoped
public class Incidents {

  private final IncidentQueries queries;
  private final DeclarationParser parser;
  private final IncidentDeclarer declarer;
  private final ScenarioCatalog scenarios;
  private final IncidentMilestones milestones;

  Incidents(
      IncidentQueries queries,
      DeclarationParser parser,
      IncidentDeclarer declarer,
      ScenarioCatalog scenarios,
      IncidentMilestones milestones) {
    this.queries = queries;
    this.parser = parser;
    this.declarer = declarer;
    this.scenarios = scenarios;
    this.milestones = milestones;
  }

  /**
   * Records that a responder acted on the incident (claimed or completed a step) at {@code at};
   * only the first call per incident counts. Joins the caller's transaction.
   */
  public void recordAction(String incidentId, Instant at) {
    if (incidentId != null) {
      milestones.firstAction(incidentId, at);
    }
  }

  /**
   * Records that the incident's containment steps are all done at {@code at}; only the first call
   * per incident counts. Joins the caller's transaction.
   */
  public void recordContained(String incidentId, Instant at) {
    if (incidentId != null) {
      milestones.contained(incidentId, at);
    }
  }

  /** One page of incidents that match the filter. */
  public IncidentList list(IncidentFilter filter) {
    return queries.search(filter);
  }

  /**
   * Incidents still running (pending, starting or active) or declared since the given time, oldest
   * first: the dashboard's input.
   */
  public List<IncidentView> activeOrDeclaredSince(Instant since) {
    return queries.activeOrDeclaredSince(since);
  }

  /** The scenario ids a declaration may name, in catalogue order. */
  public List<String> scenarioIds() {
    return scenarios.ids();
  }

  /**
   * Declares an incident from the same JSON body POST /api/incidents takes, with the same checks
   * and messages; a page builds the body from its form fields.
   */
  public Declared declare(JsonNode body, String actor, String sourceIp) {
    var parsed = parser.parse(body);
    if (!parsed.valid()) {
      return new Declared(null, parsed.errors());
    }
    var outcome = declarer.declare(parsed.declaration(), new Requester(actor, sourceIp), null);
    return new Declared(outcome.incidentId(), List.of());
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
