package io.irplaybook.inbox.service;

import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskStatus;
import io.irplaybook.incident.OpenStep;
import io.irplaybook.incident.OpenSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** The incident feature's view of the inbox: an incident's open human steps and who holds them. */
@ApplicationScoped
public class InboxOpenSteps implements OpenSteps {

  @Override
  @Transactional
  public List<OpenStep> forIncident(String incidentId) {
    return Task.<Task>list(
            "incidentId = ?1 and status = ?2 order by createdAt, jobKey",
            incidentId,
            TaskStatus.OPEN)
        .stream()
        .map(
            t ->
                new OpenStep(
                    String.valueOf(t.jobKey), t.title, t.assignee, t.candidateGroupList(), t.dueAt))
        .toList();
  }
}
