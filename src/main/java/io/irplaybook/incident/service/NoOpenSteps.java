package io.irplaybook.incident.service;

import io.irplaybook.incident.OpenStep;
import io.irplaybook.incident.OpenSteps;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Answers no open steps until the inbox provides an {@link OpenSteps} bean of its own. */
@DefaultBean
@ApplicationScoped
public class NoOpenSteps implements OpenSteps {

  @Override
  public List<OpenStep> forIncident(String incidentId) {
    return List.of();
  }
}
