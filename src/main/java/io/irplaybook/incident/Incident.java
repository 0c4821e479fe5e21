package io.irplaybook.incident;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A declared incident: the organisation profile it was declared for, the tier and the rule that
 * chose it, and the process instance that runs its playbook. Lists (jurisdictions, assets) are kept
 * as JSON text because they are only ever read whole.
 */
@Entity
@Table(name = "incident")
public class Incident extends PanacheEntityBase {

  @Id public String id;
  public String title;
  public String scenario;
  public String severity;

  @Column(name = "org_name")
  public String orgName;

  @Column(name = "org_employees")
  public int orgEmployees;

  @Column(name = "org_industry")
  public String orgIndustry;

  @Column(name = "org_jurisdictions")
  public String orgJurisdictionsJson;

  @Column(name = "personal_data")
  public boolean personalData;

  public String locale;

  @Column(name = "tier_override")
  public String tierOverride;

  @Column(name = "tier_override_reason")
  public String tierOverrideReason;

  @Column(name = "assets_json")
  public String assetsJson;

  public String tier;
  public String playbook;

  @Column(name = "tier_rule")
  public String tierRule;

  @Enumerated(EnumType.STRING)
  public IncidentStatus status;

  @Column(name = "process_instance_key")
  public Long processInstanceKey;

  @Column(name = "declared_at")
  public Instant declaredAt;

  @Column(name = "declared_by")
  public String declaredBy;

  /** When the organisation became aware: the anchor of every regulator clock. */
  @Column(name = "aware_at")
  public Instant awareAt;

  /** When a responder first claimed or completed a step of the incident. */
  @Column(name = "first_action_at")
  public Instant firstActionAt;

  /** When the incident's containment steps were first all done. */
  @Column(name = "contained_at")
  public Instant containedAt;

  /** The earliest date the exposure may have begun, when known. */
  @Column(name = "exposure_start")
  public LocalDate exposureStart;

  @Column(name = "ended_at")
  public Instant endedAt;

  @Column(name = "end_reason")
  public String endReason;

  /** Why the last attempt to start the process failed, for an operator; null once started. */
  @Column(name = "start_error")
  public String startError;

  /**
   * When the current start attempt began (the change to STARTING); null before the first attempt.
   */
  @Column(name = "start_attempt_at")
  public Instant startAttemptAt;

  /**
   * The process variables, fixed at declaration so a pending start sends exactly what was declared.
   */
  @Column(name = "start_variables")
  public String startVariables;
}
