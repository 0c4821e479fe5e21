package io.irplaybook.comms.service;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The communication templates under {@code templates/comms/}, type-checked by Qute at build time.
 * The first line of every text template is the subject. {@code .html} templates are escaped by
 * Qute.
 */
@CheckedTemplate(basePath = "comms")
public class CommsTemplates {
  public static native TemplateInstance customer_notice_en(IncidentFacts facts);

  public static native TemplateInstance customer_notice_html_en(IncidentFacts facts);

  public static native TemplateInstance customer_notice_html_ja(IncidentFacts facts);

  public static native TemplateInstance customer_notice_ja(IncidentFacts facts);

  public static native TemplateInstance executive_brief_en(IncidentFacts facts);

  public static native TemplateInstance executive_brief_ja(IncidentFacts facts);

  public static native TemplateInstance individual_notice_en(IncidentFacts facts);

  public static native TemplateInstance individual_notice_html_en(IncidentFacts facts);

  public static native TemplateInstance individual_notice_html_ja(IncidentFacts facts);

  public static native TemplateInstance individual_notice_ja(IncidentFacts facts);

  public static native TemplateInstance peer_coordination_en(IncidentFacts facts);

  public static native TemplateInstance peer_coordination_ja(IncidentFacts facts);

  public static native TemplateInstance regulator_gdpr_en(IncidentFacts facts);

  public static native TemplateInstance regulator_gdpr_ja(IncidentFacts facts);

  public static native TemplateInstance regulator_nis2_en(IncidentFacts facts);

  public static native TemplateInstance regulator_nis2_ja(IncidentFacts facts);

  public static native TemplateInstance regulator_other_en(IncidentFacts facts);

  public static native TemplateInstance regulator_other_ja(IncidentFacts facts);

  public static native TemplateInstance regulator_ppc_en(IncidentFacts facts);

  public static native TemplateInstance regulator_ppc_exemption_en(IncidentFacts facts);

  public static native TemplateInstance regulator_ppc_exemption_ja(IncidentFacts facts);

  public static native TemplateInstance regulator_ppc_ja(IncidentFacts facts);

  public static native TemplateInstance regulator_sec_en(IncidentFacts facts);

  public static native TemplateInstance regulator_sec_ja(IncidentFacts facts);

  public static native TemplateInstance slack_status_en(IncidentFacts facts);

  public static native TemplateInstance slack_status_ja(IncidentFacts facts);

  public static native TemplateInstance staff_reset_en(IncidentFacts facts);

  public static native TemplateInstance staff_reset_html_en(IncidentFacts facts);

  public static native TemplateInstance staff_reset_html_ja(IncidentFacts facts);

  public static native TemplateInstance staff_reset_ja(IncidentFacts facts);
}
