package io.irplaybook.incident.service;

import io.irplaybook.incident.IncidentReader;
import io.irplaybook.incident.StepParticipants;
import io.irplaybook.platform.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Need to know (issue 16, point 5): commanders, auditors and admins see every incident; anybody
 * else sees the incidents they declared and those they work on through a step (held, completed or
 * offered to them or their group). A reporter token is thus limited to what it declared.
 */
@ApplicationScoped
public class IncidentVisibility {

  /** The roles that oversee the response and need every incident. */
  static final Set<String> SEE_ALL = Set.of(Roles.INCIDENT_COMMANDER, Roles.AUDITOR, Roles.ADMIN);

  /**
   * Which incidents a list may show: every one, or those declared by {@code declaredBy} or named in
   * {@code incidentIds}.
   */
  public record Scope(boolean everything, String declaredBy, Set<String> incidentIds) {

    static final Scope EVERYTHING = new Scope(true, null, Set.of());
  }

  private final StepParticipants participants;

  IncidentVisibility(StepParticipants participants) {
    this.participants = participants;
  }

  public boolean seesAll(IncidentReader reader) {
    return reader.roles().stream().anyMatch(SEE_ALL::contains);
  }

  /**
   * Whether {@code reader} may read the incident {@code incidentId} declared by {@code declaredBy}.
   */
  public boolean canSee(IncidentReader reader, String incidentId, String declaredBy) {
    return seesAll(reader)
        || reader.name().equals(declaredBy)
        || participants.takesPart(incidentId, reader);
  }

  public Scope scopeOf(IncidentReader reader) {
    return seesAll(reader)
        ? Scope.EVERYTHING
        : new Scope(false, reader.name(), participants.incidentsOf(reader));
  }
}
