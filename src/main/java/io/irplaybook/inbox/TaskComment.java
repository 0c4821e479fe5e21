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

/** A responder's comment on a task. */
@Entity
@Table(name = "inbox_comment")
public class TaskComment extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "job_key")
  public long jobKey;

  public String author;

  public String body;

  @Column(name = "created_at")
  public Instant createdAt;

  public static List<TaskComment> forTask(long jobKey) {
    return list("jobKey = ?1 order by id", jobKey);
  }
}
