package io.irplaybook.incident.service;

import io.irplaybook.incident.IncidentReader;
import io.irplaybook.incident.StepParticipants;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Nobody takes part in any step until the inbox provides {@link StepParticipants} of its own. */
@DefaultBean
@ApplicationScoped
public class NoStepParticipants implements StepParticipants {

  @Override
  public boolean takesPart(String incidentId, IncidentReader reader) {
    return false;
  }

  @Override
  public Set<String> incidentsOf(IncidentReader reader) {
    return Set.of();
  }
}
