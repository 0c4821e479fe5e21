package io.irplaybook.comms.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.comms.CommsDraft;
import io.irplaybook.comms.CommsDraftVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders templates into stored drafts (version 1 by {@code system:comms}), once per task and
 * template.
 */
@ApplicationScoped
public class DraftRenderer {

  static final String ACTOR = AuditEvent.system("comms");

  private final AuditTrail audit;
  private final Clock clock;

  DraftRenderer(AuditTrail audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Returns the draft ids for {@code templates}, in order. A redelivered job (same element
   * instance) gets the drafts it made the first time; nothing is rendered twice.
   */
  @Transactional
  public List<Long> render(
      long elementInstanceKey,
      Long processInstanceKey,
      List<String> templates,
      IncidentFacts facts) {
    List<Long> ids = new ArrayList<>();
    for (String template : templates) {
      String key = elementInstanceKey + ":" + template;
      CommsDraft existing = CommsDraft.find("renderKey", key).firstResult();
      if (existing != null) {
        ids.add(existing.id);
        continue;
      }
      RenderedDraft rendered = TemplateCatalog.render(template, facts);
      Instant now = clock.instant();
      CommsDraft draft = new CommsDraft();
      draft.renderKey = key;
      draft.incidentId = facts.incidentId();
      draft.template = template;
      draft.locale = rendered.locale();
      draft.createdAt = now;
      draft.persist();
      CommsDraftVersion v1 = new CommsDraftVersion();
      v1.draftId = draft.id;
      v1.version = 1;
      v1.subject = rendered.subject();
      v1.bodyText = rendered.text();
      v1.bodyHtml = rendered.html();
      v1.author = ACTOR;
      v1.createdAt = now;
      v1.persist();
      audit.append(
          AuditEvent.of(ACTOR, "comms.rendered", "draft", draft.id.toString())
              .incident(facts.incidentId())
              .processInstance(processInstanceKey)
              .detail("template", template)
              .detail("locale", rendered.locale())
              .build());
      ids.add(draft.id);
    }
    return ids;
  }
}
