package io.irplaybook.incident.service;

import com.fasterxml.jackson.core.type.TypeReference;
import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.incident.IdempotencyRecord;
import io.irplaybook.incident.Incident;
import io.irplaybook.incident.IncidentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Every write of an incident's life, one transaction each. Status changes are conditional updates
 * ({@code ... where status = expected}), so of two callers racing for the same transition exactly
 * one wins, on every replica; the process instance key is written in the same statement as the
 * change to ACTIVE.
 */
@ApplicationScoped
public class IncidentStore {

  private final IncidentIds ids;
  private final StartVariables variables;
  private final IncidentViews views;
  private final AuditTrail audit;
  private final Clock clock;

  IncidentStore(
      IncidentIds ids,
      StartVariables variables,
      IncidentViews views,
      AuditTrail audit,
      Clock clock) {
    this.ids = ids;
    this.variables = variables;
    this.views = views;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Stores a new incident (STARTING when the engine answered the tier, else PENDING_START), its
   * idempotency record, and the audit events. A second request with the same key fails here on the
   * primary key, before anything else commits.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Incident create(
      Declaration d, TierDecision decision, String startError, Requester by, IdempotencyKey key) {
    Incident i = new Incident();
    i.id = ids.next();
    // Microseconds: what both databases keep, so a stored answer and a later read agree.
    i.declaredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    // Fixed here, not when the engine starts the process: a start that waits for the engine
    // (PENDING_START) must not move every regulator clock to the moment it finally starts.
    i.awareAt = d.awareAt() != null ? d.awareAt() : i.declaredAt;
    i.exposureStart = d.exposureStart();
    Map<String, Object> vars = variables.of(i.id, d, i.awareAt);
    i.title = d.title();
    i.scenario = d.scenario();
    i.severity = d.severity();
    i.orgName = d.organization().name();
    i.orgEmployees = d.organization().employees();
    i.orgIndustry = d.organization().industry();
    i.orgJurisdictionsJson = views.toJson(d.organization().jurisdictions());
    i.personalData = Boolean.TRUE.equals(d.organization().personalData());
    i.locale = d.organization().locale();
    i.orgTimeZone = d.organization().timeZone();
    i.orgContact = d.organization().contact();
    i.orgCorporateNumber = d.organization().corporateNumber();
    i.tierOverride = d.tierOverride();
    i.tierOverrideReason = d.tierOverrideReason();
    i.assetsJson = views.toJson(d.assets());
    i.status = decision == null ? IncidentStatus.PENDING_START : IncidentStatus.STARTING;
    i.startError = startError;
    i.declaredBy = by.actor();
    i.startAttemptAt = i.status == IncidentStatus.STARTING ? i.declaredAt : null;
    i.startVariables = views.toJson(vars);
    if (decision != null) {
      applyDecision(i, decision);
    }
    if (key != null) {
      IdempotencyRecord r = new IdempotencyRecord();
      r.key = new IdempotencyRecord.Key(key.owner(), key.key());
      r.requestHash = key.requestHash();
      r.incidentId = i.id;
      r.createdAt = i.declaredAt;
      if (i.status == IncidentStatus.PENDING_START) {
        r.responseStatus = 202;
        r.responseBody = views.toJson(views.of(i));
      }
      r.persist();
      IdempotencyRecord.flush();
    }
    i.persist();
    var declared =
        AuditEvent.of(by.actor(), "incident.declared", "incident", i.id)
            .sourceIp(by.sourceIp())
            .incident(i.id)
            .detail("title", d.title())
            .detail("scenario", d.scenario())
            .detail("severity", d.severity())
            .detail("organization", d.organization().name())
            .detail("employees", d.organization().employees());
    // The audit event refuses null details, so optional facts are added only when present.
    if (d.tierOverride() != null) {
      declared
          .detail("tierOverride", d.tierOverride())
          .detail("tierOverrideReason", d.tierOverrideReason());
    }
    if (key != null) {
      declared.detail("idempotencyKey", key.key());
    }
    audit.append(declared.build());
    if (decision != null) {
      auditDecision(i, decision, vars, by);
    }
    return i;
  }

  /**
   * STARTING to ACTIVE with the process instance key, in one statement. False when the incident is
   * no longer STARTING (cancelled meanwhile): the caller then cancels the instance it created.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean markStarted(
      String id,
      long processInstanceKey,
      TierDecision lateDecision,
      Requester by,
      IdempotencyKey key) {
    int updated =
        Incident.update(
            "status = ?1, processInstanceKey = ?2, startError = null where id = ?3 and status = ?4",
            IncidentStatus.ACTIVE,
            processInstanceKey,
            id,
            IncidentStatus.STARTING);
    if (updated == 0) {
      return false;
    }
    Incident i = Incident.findById(id);
    if (lateDecision != null && i.tier == null) {
      applyDecision(i, lateDecision);
      auditDecision(
          i,
          lateDecision,
          views.read(i.startVariables, new TypeReference<Map<String, Object>>() {}),
          by);
    }
    audit.append(
        AuditEvent.of(by.actor(), "incident.started", "incident", id)
            .incident(id)
            .processInstance(processInstanceKey)
            .detail("processId", IncidentEngine.PROCESS_ID)
            .build());
    if (key != null) {
      IdempotencyRecord r =
          IdempotencyRecord.findById(new IdempotencyRecord.Key(key.owner(), key.key()));
      if (r != null && r.responseStatus == null) {
        r.responseStatus = 201;
        r.responseBody = views.toJson(views.of(i));
      }
    }
    return true;
  }

  /** STARTING back to PENDING_START, keeping the reason for an operator. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void markPending(String id, String error, IdempotencyKey key) {
    Incident.update(
        "status = ?1, startError = ?2 where id = ?3 and status = ?4",
        IncidentStatus.PENDING_START,
        truncate(error),
        id,
        IncidentStatus.STARTING);
    if (key != null) {
      IdempotencyRecord r =
          IdempotencyRecord.findById(new IdempotencyRecord.Key(key.owner(), key.key()));
      if (r != null && r.responseStatus == null) {
        r.responseStatus = 202;
        r.responseBody = views.toJson(views.of(Incident.findById(id)));
      }
    }
  }

  /** PENDING_START to STARTING: true for exactly one caller, which then starts the process. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claimPending(String id) {
    return Incident.update(
            "status = ?1, startAttemptAt = ?2 where id = ?3 and status = ?4",
            IncidentStatus.STARTING,
            now(),
            id,
            IncidentStatus.PENDING_START)
        == 1;
  }

  /**
   * A stuck STARTING incident back to PENDING_START, if it is still the attempt the caller looked
   * at (same status and attempt time), so a retry never overlaps a start that just got going.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean releaseStuckStart(Incident seen, String reason, Requester by) {
    int updated =
        seen.startAttemptAt == null
            ? Incident.update(
                "status = ?1, startError = ?2 where id = ?3 and status = ?4 and startAttemptAt is null",
                IncidentStatus.PENDING_START,
                truncate("Start retried by " + by.actor() + ": " + reason),
                seen.id,
                IncidentStatus.STARTING)
            : Incident.update(
                "status = ?1, startError = ?2 where id = ?3 and status = ?4 and startAttemptAt = ?5",
                IncidentStatus.PENDING_START,
                truncate("Start retried by " + by.actor() + ": " + reason),
                seen.id,
                IncidentStatus.STARTING,
                seen.startAttemptAt);
    if (updated == 1) {
      var event =
          AuditEvent.of(by.actor(), "incident.start-retried", "incident", seen.id)
              .sourceIp(by.sourceIp())
              .incident(seen.id)
              .detail("reason", reason);
      if (seen.startAttemptAt != null) {
        event.detail("stuckSince", seen.startAttemptAt.toString());
      }
      audit.append(event.build());
    }
    return updated == 1;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Up to {@code limit} STARTING incidents whose start began before {@code before}, oldest first.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Incident> stuckStarting(Instant before, int limit) {
    return Incident.<Incident>find(
            "status = ?1 and (startAttemptAt is null or startAttemptAt < ?2) order by declaredAt, id",
            IncidentStatus.STARTING,
            before)
        .page(0, limit)
        .list();
  }

  /** Up to {@code limit} ids of PENDING_START incidents, oldest first. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> pendingIds(int limit) {
    return Incident.<Incident>find(
            "status = ?1 order by declaredAt, id", IncidentStatus.PENDING_START)
        .page(0, limit)
        .list()
        .stream()
        .map(i -> i.id)
        .toList();
  }

  /** A fresh copy of the incident, or null. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Incident find(String id) {
    return Incident.findById(id);
  }

  private static void applyDecision(Incident i, TierDecision decision) {
    i.tier = decision.tier();
    i.playbook = decision.playbook();
    i.tierRule = decision.rule();
  }

  private void auditDecision(
      Incident i, TierDecision decision, Map<String, Object> vars, Requester by) {
    audit.append(
        AuditEvent.of(AuditEvent.system("incident"), "incident.tier-decided", "incident", i.id)
            .incident(i.id)
            .detail("tier", decision.tier())
            .detail("playbook", decision.playbook())
            .detail("rule", decision.rule())
            .detail("inputs", StartVariables.decisionInputs(vars))
            .detail("requestedBy", by.actor())
            .build());
  }

  static String truncate(String text) {
    return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
  }
}
