package io.irplaybook.incident;

import java.util.List;

/**
 * The open human steps of an incident and who holds them. The inbox feature owns tasks and provides
 * the real implementation; until then {@link NoOpenSteps} answers, so this feature never depends on
 * the inbox.
 */
public interface OpenSteps {

  /** The steps of this incident that are waiting for a person, oldest first. */
  List<OpenStep> forIncident(String incidentId);
}
