package io.irplaybook.comms;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One version of a draft: who wrote it and when, and who approved it and when (if anyone did). */
@Entity
@Table(name = "comms_draft_version")
public class CommsDraftVersion extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "draft_id")
  public Long draftId;

  public int version;
  public String subject;

  @Column(name = "body_text")
  public String bodyText;

  @Column(name = "body_html")
  public String bodyHtml;

  public String author;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "approved_by")
  public String approvedBy;

  @Column(name = "approved_at")
  public Instant approvedAt;

  public static List<CommsDraftVersion> ofDraft(Long draftId) {
    return list("draftId = ?1 order by version", draftId);
  }

  public static CommsDraftVersion latest(Long draftId) {
    return find("draftId = ?1 order by version desc", draftId).firstResult();
  }
}
