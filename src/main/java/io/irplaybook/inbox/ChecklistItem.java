package io.irplaybook.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One item of a task's checklist (task header {@code checklist.N}). */
@Entity
@Table(name = "inbox_checklist_item")
public class ChecklistItem extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "job_key")
  public long jobKey;

  /** The N of {@code checklist.N}. */
  @Column(name = "item_no")
  public int position;

  @Column(name = "item_text")
  public String text;

  @Column(name = "ticked_by")
  public String tickedBy;

  @Column(name = "ticked_at")
  public Instant tickedAt;

  public static List<ChecklistItem> forTask(long jobKey) {
    return list("jobKey = ?1 order by position", jobKey);
  }

  /**
   * The checklists of many tasks in a few queries (1,000 keys each) instead of one query a task: a
   * commander's inbox lists every open task, and so does the REST list.
   */
  public static java.util.Map<Long, List<ChecklistItem>> forTasks(List<Long> jobKeys) {
    java.util.Map<Long, List<ChecklistItem>> byTask = new java.util.HashMap<>();
    for (int from = 0; from < jobKeys.size(); from += 1000) {
      List<Long> chunk = jobKeys.subList(from, Math.min(jobKeys.size(), from + 1000));
      ChecklistItem.<ChecklistItem>list("jobKey in ?1 order by jobKey, position", chunk)
          .forEach(i -> byTask.computeIfAbsent(i.jobKey, k -> new java.util.ArrayList<>()).add(i));
    }
    return byTask;
  }
}
