package io.irplaybook.inbox.service;

import io.camunda.client.api.response.ActivatedJob;
import io.irplaybook.audit.AuditEvent;
import io.irplaybook.inbox.ChecklistItem;
import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskStatus;
import io.irplaybook.playbook.PlaybookCatalogue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** Turns a user-task job into a task, once: a job delivered again finds the task it already has. */
@ApplicationScoped
public class TaskIntake {

  private static final Logger LOG = Logger.getLogger(TaskIntake.class);

  /**
   * Counts jobs delivered again and matched to their existing task (after a timeout or a restart).
   */
  public static final String REATTACHED_METRIC = "irp.inbox.jobs.reattached";

  private final PlaybookCatalogue catalogue;
  private final TaskAudit audit;
  private final Clock clock;
  private final Counter reattached;
  private final TaskNotices notices;

  TaskIntake(
      PlaybookCatalogue catalogue,
      TaskAudit audit,
      TaskNotices notices,
      Clock clock,
      MeterRegistry registry) {
    this.catalogue = catalogue;
    this.audit = audit;
    this.notices = notices;
    this.clock = clock;
    this.reattached = registry.counter(REATTACHED_METRIC);
  }

  /**
   * Creates the task for the job, or returns false when one exists already (the job was delivered
   * again).
   */
  @Transactional
  public boolean accept(ActivatedJob job) {
    Task existing = Task.findById(job.getKey());
    if (existing != null) {
      if (existing.declaredOutputs == null) {
        existing.declaredOutputs = declaredOutputs(job);
      }
      reattached.increment();
      LOG.infof(
          "Re-attached job %d to its existing task (process instance %d)",
          job.getKey(), job.getProcessInstanceKey());
      return false;
    }
    TaskHeaders headers = TaskHeaders.parse(job.getCustomHeaders());
    Map<String, Object> variables = job.getVariablesAsMap();
    PlaybookCatalogue.Element element =
        catalogue
            .element(job.getBpmnProcessId(), job.getElementId())
            .orElse(new PlaybookCatalogue.Element(job.getElementId(), "", ""));
    Task task = new Task();
    task.jobKey = job.getKey();
    task.processInstanceKey = job.getProcessInstanceKey();
    task.elementInstanceKey = job.getElementInstanceKey();
    task.bpmnProcessId = job.getBpmnProcessId();
    task.elementId = job.getElementId();
    task.incidentId = variables.get("incidentId") instanceof String id ? id : null;
    task.tier =
        variables.get("tierDecision") instanceof Map<?, ?> decision
                && decision.get("tier") instanceof String tier
            ? tier
            : null;
    task.title = truncate(element.name().isBlank() ? job.getElementId() : element.name(), 500);
    task.documentation = truncate(element.documentation(), 4000);
    task.status = TaskStatus.OPEN;
    task.assignee = headers.assignee();
    task.candidateGroups = String.join(",", headers.candidateGroups());
    task.candidateUsers = String.join(",", headers.candidateUsers());
    task.dueAt = headers.dueDate();
    task.followUpAt = headers.followUpDate();
    task.requiresTwoPerson = headers.requiresTwoPerson();
    task.declaredOutputs = declaredOutputs(job);
    task.phase = job.getCustomHeaders().get("phase");
    task.locale = locale(variables);
    task.createdAt = clock.instant();
    task.persist();
    List<String> items = headers.checklist();
    for (int i = 0; i < items.size(); i++) {
      ChecklistItem item = new ChecklistItem();
      item.jobKey = task.jobKey;
      item.position = i + 1;
      item.text = truncate(items.get(i), 1000);
      item.persist();
    }
    audit.append(
        audit
            .event(AuditEvent.system("inbox"), null, "task.created", task)
            .detail("title", task.title)
            .detail("candidateGroups", headers.candidateGroups())
            .detail("assignee", task.assignee == null ? "" : task.assignee));
    notices.taskCreated(task);
    LOG.infof(
        "Task %d '%s' created for incident %s (process instance %d)",
        task.jobKey, task.title, task.incidentId, task.processInstanceKey);
    return true;
  }

  /** Comma-separated, cut at a name boundary to fit its column (fewer names accept less). */
  private static String declaredOutputs(ActivatedJob job) {
    String names =
        String.join(
            ",",
            DeclaredOutputs.parse(
                job.getCustomHeaders().get(DeclaredOutputs.HEADER),
                job.getBpmnProcessId(),
                job.getElementId()));
    return names.length() <= 2000 ? names : names.substring(0, names.lastIndexOf(',', 2000));
  }

  /**
   * The organisation's locale: the {@code locale} variable, else {@code organization.locale}; null
   * when neither is en/ja.
   */
  static String locale(Map<String, Object> variables) {
    Object locale = variables.get("locale");
    if (locale == null && variables.get("organization") instanceof Map<?, ?> organization) {
      locale = organization.get("locale");
    }
    return "ja".equals(locale) || "en".equals(locale) ? (String) locale : null;
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
