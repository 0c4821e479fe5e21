package io.irplaybook.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A human step of a running playbook: one Camunda user task, recorded when the inbox's poll finds
 * it.
 */
@Entity
@Table(name = "inbox_task")
public class Task extends PanacheEntityBase {

  /**
   * The user task's key (the column keeps its first name, from when steps were job-worker tasks);
   * it identifies the task, so a poll that finds the user task again finds the task it has.
   */
  @Id
  @Column(name = "job_key")
  public Long jobKey;

  @Column(name = "process_instance_key")
  public long processInstanceKey;

  @Column(name = "element_instance_key")
  public long elementInstanceKey;

  @Column(name = "bpmn_process_id")
  public String bpmnProcessId;

  @Column(name = "element_id")
  public String elementId;

  @Column(name = "incident_id")
  public String incidentId;

  /**
   * The playbook tier the incident runs at ({@code tierDecision.tier}), when the process knows it.
   */
  public String tier;

  /** The step's English title: its name, or {@code <title-prefix>: <title item>}. */
  public String title;

  /**
   * What a multi-instance step is about: the value at its {@code title-item} header, when it has
   * one (docs/contracts.md).
   */
  @Column(name = "title_item")
  public String titleItem;

  /** What "done" means: the element's documentation. */
  public String documentation;

  @Enumerated(EnumType.STRING)
  public TaskStatus status;

  /** Who holds the task (claimed or assigned); null while it waits in its groups' queue. */
  public String assignee;

  /** Comma-separated. */
  @Column(name = "candidate_groups")
  public String candidateGroups;

  /** Comma-separated. */
  @Column(name = "candidate_users")
  public String candidateUsers;

  @Column(name = "due_at")
  public Instant dueAt;

  @Column(name = "follow_up_at")
  public Instant followUpAt;

  @Column(name = "requires_two_person")
  public boolean requiresTwoPerson;

  /** The second person who confirmed a two-person task. */
  @Column(name = "confirmed_by")
  public String confirmedBy;

  /** When the overdue check marked the task (once). */
  @Column(name = "overdue_at")
  public Instant overdueAt;

  @Column(name = "stale_message")
  public String staleMessage;

  /**
   * The organisation's locale ({@code en} or {@code ja}) for notices about the task; null means en.
   */
  public String locale;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "completed_at")
  public Instant completedAt;

  @Column(name = "completed_by")
  public String completedBy;

  /**
   * The variables a completion may set (its {@code outputs} header), comma-separated; empty when it
   * declares none, null on a task created before the inbox recorded them (it then accepts none).
   */
  /** The response phase of the step (task header {@code phase}), or null when it names none. */
  public String phase;

  @Column(name = "declared_outputs")
  public String declaredOutputs;

  /**
   * A completion recorded here that the engine has not confirmed yet; the poll sends it again
   * (docs/inbox.md).
   */
  @Column(name = "completion_pending")
  public boolean completionPending;

  /** The variables the task was completed with, as JSON. */
  @Column(name = "completion_variables")
  public String completionVariables;

  @Version public long version;

  public List<String> candidateGroupList() {
    return split(candidateGroups);
  }

  public List<String> candidateUserList() {
    return split(candidateUsers);
  }

  public List<String> declaredOutputList() {
    return split(declaredOutputs);
  }

  public boolean isOpen() {
    return status == TaskStatus.OPEN;
  }

  static List<String> split(String csv) {
    return csv == null
        ? List.of()
        : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
