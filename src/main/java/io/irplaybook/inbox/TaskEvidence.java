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

/**
 * A reference to evidence kept elsewhere: where it is and its SHA-256, so it can be checked later.
 */
@Entity
@Table(name = "inbox_evidence")
public class TaskEvidence extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "job_key")
  public long jobKey;

  public String uri;

  public String sha256;

  public String note;

  @Column(name = "added_by")
  public String addedBy;

  @Column(name = "added_at")
  public Instant addedAt;

  public static List<TaskEvidence> forTask(long jobKey) {
    return list("jobKey = ?1 order by id", jobKey);
  }
}
