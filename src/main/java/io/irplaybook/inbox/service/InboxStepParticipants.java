package io.irplaybook.inbox.service;

import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.Viewer;
import io.irplaybook.incident.IncidentReader;
import io.irplaybook.incident.StepParticipants;
import io.irplaybook.playbook.StepTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The incident feature's need-to-know question answered from the inbox: a person works on an
 * incident when they could see one of its steps in their own inbox (held, offered to them or to one
 * of their groups) or completed one.
 */
@ApplicationScoped
public class InboxStepParticipants implements StepParticipants {

  @Override
  @Transactional
  public boolean takesPart(String incidentId, IncidentReader reader) {
    Viewer viewer = viewerOf(reader);
    return Task.<Task>list("incidentId", incidentId).stream()
        .anyMatch(task -> worksOn(viewer, task));
  }

  @Override
  @Transactional
  public Set<String> incidentsOf(IncidentReader reader) {
    Viewer viewer = viewerOf(reader);
    return Task.<Task>list("incidentId is not null").stream()
        .filter(task -> worksOn(viewer, task))
        .map(task -> task.incidentId)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The inbox's own rule for who sees a step, plus whoever completed it. */
  private static boolean worksOn(Viewer viewer, Task task) {
    return viewer.canSee(task) || viewer.name().equals(task.completedBy);
  }

  private static Viewer viewerOf(IncidentReader reader) {
    return new Viewer(reader.name(), reader.roles(), null, StepTexts.ENGLISH);
  }
}
