package io.irplaybook.incident;

import com.fasterxml.jackson.databind.JsonNode;
import io.irplaybook.incident.config.IncidentConfig;
import io.irplaybook.incident.service.DeclarationParser;
import io.irplaybook.incident.service.IdempotencyKey;
import io.irplaybook.incident.service.IdempotencyService;
import io.irplaybook.incident.service.IncidentDeclarer;
import io.irplaybook.incident.service.IncidentMilestones;
import io.irplaybook.incident.service.IncidentQueries;
import io.irplaybook.incident.service.IncidentVisibility;
import io.irplaybook.incident.service.Requester;
import io.irplaybook.incident.service.ScenarioCatalog;
import io.irplaybook.platform.FieldError;
import io.irplaybook.platform.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
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
  private final IncidentVisibility visibility;
  private final SecurityIdentity caller;
  private final IncidentConfig config;

  Incidents(
      IncidentQueries queries,
      DeclarationParser parser,
      IncidentDeclarer declarer,
      ScenarioCatalog scenarios,
      IncidentMilestones milestones,
      IncidentVisibility visibility,
      SecurityIdentity caller,
      IncidentConfig config) {
    this.config = config;
    this.queries = queries;
    this.parser = parser;
    this.declarer = declarer;
    this.scenarios = scenarios;
    this.milestones = milestones;
    this.visibility = visibility;
    this.caller = caller;
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

  /**
   * The notification channels every incident's playbooks are given ({@code notifyChannels}): where
   * its approved notices can go, before a send step narrows them to its class.
   */
  public List<String> notifyChannels() {
    return config.notifyChannels().orElse(List.of());
  }

  /** One page of incidents that match the filter, among those the signed-in caller may read. */
  public IncidentList list(IncidentFilter filter) {
    return queries.search(filter, IncidentReader.of(caller));
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
   * As {@link #declare}, once per {@code requestId} (the page form's hidden id, used as an
   * Idempotency-Key of the caller): repeating the request answers the incident the first one
   * declared. Without an id it declares every time, as {@link #declare} does.
   */
  public Declared declareOnce(JsonNode body, String actor, String sourceIp, String requestId) {
    if (requestId == null
        || requestId.isBlank()
        || requestId.length() > IdempotencyService.MAX_KEY_LENGTH) {
      return declare(body, actor, sourceIp);
    }
    var parsed = parser.parse(body);
    if (!parsed.valid()) {
      return new Declared(null, parsed.errors());
    }
    var key = new IdempotencyKey(actor, requestId, IdempotencyService.sha256(body.toString()));
    try {
      var outcome = declarer.declare(parsed.declaration(), new Requester(actor, sourceIp), key);
      return new Declared(outcome.incidentId(), List.of());
    } catch (ProblemException reused) {
      if (reused.status() != 422) {
        throw reused;
      }
      // The form declared an incident already and comes back changed (the browser's back button):
      // say so rather than declare a second one unasked; the form gets a fresh id for a new one.
      return new Declared(
          null,
          List.of(
              new FieldError(
                  REQUEST_ID,
                  "This form already declared an incident and was sent again with changes."
                      + " Check the incident list first; send the form once more to declare"
                      + " another incident.")));
    }
  }

  /** The field a {@link #declareOnce} refusal names when the form's id was used already. */
  public static final String REQUEST_ID = "requestId";

  /**
   * Need to know, for pages: refuses (404 problem, as for an unknown id) unless the signed-in
   * caller may read this incident: commanders, auditors and admins always; anybody else if they
   * declared it or hold, held or are offered one of its steps. An id no incident was declared for
   * (a process started by hand) is visible only to those who see everything or work on one of its
   * steps.
   */
  public void requireVisibleToCaller(String incidentId) {
    String declaredBy = find(incidentId).map(IncidentView::declaredBy).orElse(null);
    if (!visibility.canSee(IncidentReader.of(caller), incidentId, declaredBy)) {
      throw IncidentProblem.notFound(incidentId);
    }
  }

  /**
   * The declared incident if {@code reader} may read it (need to know, as {@link
   * #requireVisibleToCaller}), else empty: for callers that act for a user without a request of
   * theirs (a Slack command).
   */
  public Optional<IncidentView> findVisibleTo(IncidentReader reader, String incidentId) {
    return find(incidentId)
        .filter(incident -> visibility.canSee(reader, incident.id(), incident.declaredBy()));
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
