package io.irplaybook.inbox.service;

import io.camunda.client.api.search.response.UserTask;
import io.irplaybook.audit.AuditEvent;
import io.irplaybook.inbox.ChecklistItem;
import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskStatus;
import io.irplaybook.playbook.PlaybookCatalogue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Records a Camunda user task as a task, once: its key identifies the task, so a task the poll
 * finds again (every round, after a restart, on another replica) is never recorded twice.
 */
@ApplicationScoped
public class TaskIntake {

  private static final Logger LOG = Logger.getLogger(TaskIntake.class);

  private final PlaybookCatalogue catalogue;
  private final TaskAudit audit;
  private final Clock clock;
  private final TaskNotices notices;

  TaskIntake(PlaybookCatalogue catalogue, TaskAudit audit, TaskNotices notices, Clock clock) {
    this.catalogue = catalogue;
    this.audit = audit;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * Creates the task for the user task seeing these variables, or returns false when one exists
   * already.
   */
  @Transactional
  public boolean accept(UserTask userTask, Map<String, Object> variables) {
    long key = userTask.getUserTaskKey();
    if (Task.findById(key) != null) {
      return false;
    }
    Map<String, String> customHeaders =
        userTask.getCustomHeaders() == null ? Map.of() : userTask.getCustomHeaders();
    TaskHeaders headers = TaskHeaders.parse(customHeaders);
    String processId = userTask.getBpmnProcessId();
    String elementId = userTask.getElementId();
    PlaybookCatalogue.Element element =
        catalogue
            .element(processId, elementId)
            .orElse(new PlaybookCatalogue.Element(elementId, "", ""));
    Task task = new Task();
    task.jobKey = key;
    task.processInstanceKey = userTask.getProcessInstanceKey();
    task.elementInstanceKey = userTask.getElementInstanceKey();
    task.bpmnProcessId = processId;
    task.elementId = elementId;
    task.incidentId = variables.get("incidentId") instanceof String id ? id : null;
    task.tier =
        variables.get("tierDecision") instanceof Map<?, ?> decision
                && decision.get("tier") instanceof String tier
            ? tier
            : null;
    String name =
        !element.name().isBlank()
            ? element.name()
            : userTask.getName() == null || userTask.getName().isBlank()
                ? elementId
                : userTask.getName();
    TaskTitle title = TaskTitle.of(name, customHeaders, variables);
    task.title = truncate(title.english(), 500);
    task.titleItem = truncate(title.item(), 500);
    task.documentation = truncate(element.documentation(), 4000);
    task.status = TaskStatus.OPEN;
    task.assignee = blankToNull(userTask.getAssignee());
    task.candidateGroups = String.join(",", listOf(userTask.getCandidateGroups()));
    task.candidateUsers = String.join(",", listOf(userTask.getCandidateUsers()));
    task.dueAt = instant(userTask.getDueDate());
    task.followUpAt = instant(userTask.getFollowUpDate());
    task.requiresTwoPerson = headers.requiresTwoPerson();
    task.declaredOutputs = declaredOutputs(customHeaders, processId, elementId);
    task.phase = customHeaders.get("phase");
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
            .detail("candidateGroups", listOf(userTask.getCandidateGroups()))
            .detail("assignee", task.assignee == null ? "" : task.assignee));
    notices.taskCreated(task);
    LOG.infof(
        "Task %d '%s' created for incident %s (process instance %d)",
        task.jobKey, task.title, task.incidentId, task.processInstanceKey);
    return true;
  }

  /** Comma-separated, cut at a name boundary to fit its column (fewer names accept less). */
  private static String declaredOutputs(
      Map<String, String> headers, String processId, String elementId) {
    String names =
        String.join(
            ",", DeclaredOutputs.parse(headers.get(DeclaredOutputs.HEADER), processId, elementId));
    return names.length() <= 2000 ? names : names.substring(0, names.lastIndexOf(',', 2000));
  }

  private static List<String> listOf(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
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
