package io.irplaybook.comms.service;

import io.quarkus.qute.TemplateInstance;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The template names playbooks use in the {@code templates} header, and how each is rendered. A
 * {@code regulator-notice} is rendered for its filing alone: the regime and report of the
 * obligation it drafts pick the template (PPC report, 本人通知, GDPR/ICO, NIS2, SEC, other).
 */
public final class TemplateCatalog {

  /** The text template and the optional HTML part of one language. */
  record Part(
      Function<IncidentFacts, TemplateInstance> text,
      Function<IncidentFacts, TemplateInstance> html) {}

  /** One template in both languages. */
  record Templates(String id, Part en, Part ja) {}

  private static final Templates CUSTOMER_NOTICE =
      new Templates(
          "customer_notice",
          new Part(CommsTemplates::customer_notice_en, CommsTemplates::customer_notice_html_en),
          new Part(CommsTemplates::customer_notice_ja, CommsTemplates::customer_notice_html_ja));

  private static final Templates STAFF_RESET =
      new Templates(
          "staff_reset",
          new Part(CommsTemplates::staff_reset_en, CommsTemplates::staff_reset_html_en),
          new Part(CommsTemplates::staff_reset_ja, CommsTemplates::staff_reset_html_ja));

  private static final Templates EXECUTIVE_BRIEF =
      textOnly(
          "executive_brief",
          CommsTemplates::executive_brief_en,
          CommsTemplates::executive_brief_ja);

  private static final Templates SLACK_STATUS =
      textOnly("slack_status", CommsTemplates::slack_status_en, CommsTemplates::slack_status_ja);

  private static final Templates PEER_COORDINATION =
      textOnly(
          "peer_coordination",
          CommsTemplates::peer_coordination_en,
          CommsTemplates::peer_coordination_ja);

  private static final Templates INDIVIDUAL_NOTICE =
      new Templates(
          "individual_notice",
          new Part(CommsTemplates::individual_notice_en, CommsTemplates::individual_notice_html_en),
          new Part(
              CommsTemplates::individual_notice_ja, CommsTemplates::individual_notice_html_ja));

  private static final Templates PPC =
      textOnly("regulator_ppc", CommsTemplates::regulator_ppc_en, CommsTemplates::regulator_ppc_ja);

  private static final Templates PPC_EXEMPTION =
      textOnly(
          "regulator_ppc_exemption",
          CommsTemplates::regulator_ppc_exemption_en,
          CommsTemplates::regulator_ppc_exemption_ja);

  private static final Templates GDPR =
      textOnly(
          "regulator_gdpr", CommsTemplates::regulator_gdpr_en, CommsTemplates::regulator_gdpr_ja);

  private static final Templates NIS2 =
      textOnly(
          "regulator_nis2", CommsTemplates::regulator_nis2_en, CommsTemplates::regulator_nis2_ja);

  private static final Templates SEC =
      textOnly("regulator_sec", CommsTemplates::regulator_sec_en, CommsTemplates::regulator_sec_ja);

  private static final Templates OTHER =
      textOnly(
          "regulator_other",
          CommsTemplates::regulator_other_en,
          CommsTemplates::regulator_other_ja);

  /** The regulator template of each report kind. */
  private static final Map<Filing.Kind, Templates> REGULATOR = new EnumMap<>(Filing.Kind.class);

  static {
    REGULATOR.put(Filing.Kind.PPC_PRELIMINARY, PPC);
    REGULATOR.put(Filing.Kind.PPC_FINAL, PPC);
    REGULATOR.put(Filing.Kind.PPC_EXEMPTION_RECORD, PPC_EXEMPTION);
    REGULATOR.put(Filing.Kind.INDIVIDUALS_NOTICE, INDIVIDUAL_NOTICE);
    REGULATOR.put(Filing.Kind.GDPR_NOTIFICATION, GDPR);
    REGULATOR.put(Filing.Kind.GDPR_DATA_SUBJECTS_DECISION, GDPR);
    REGULATOR.put(Filing.Kind.GDPR_REGISTER_ENTRY, GDPR);
    REGULATOR.put(Filing.Kind.ICO_REPORT, GDPR);
    REGULATOR.put(Filing.Kind.NIS2_EARLY_WARNING, NIS2);
    REGULATOR.put(Filing.Kind.NIS2_NOTIFICATION, NIS2);
    REGULATOR.put(Filing.Kind.NIS2_FINAL_REPORT, NIS2);
    REGULATOR.put(Filing.Kind.SEC_FORM_8K, SEC);
    REGULATOR.put(Filing.Kind.OTHER, OTHER);
  }

  private static final Map<String, Function<IncidentFacts, Templates>> KINDS =
      Map.of(
          "customer-notice", f -> CUSTOMER_NOTICE,
          "staff-reset", f -> STAFF_RESET,
          "executive-brief", f -> EXECUTIVE_BRIEF,
          "regulator-notice", f -> REGULATOR.get(f.filingKind()),
          "slack-status", f -> SLACK_STATUS,
          "peer-coordination", f -> PEER_COORDINATION,
          "individual-notice", f -> INDIVIDUAL_NOTICE);

  /**
   * Template names whose drafts go to people outside the response team (customers, the persons
   * concerned, staff, peers): they must never show internal values such as severity or tier.
   */
  public static final List<String> OUTWARD =
      List.of("customer-notice", "individual-notice", "staff-reset", "peer-coordination");

  private TemplateCatalog() {}

  public static List<String> names() {
    return KINDS.keySet().stream().sorted().toList();
  }

  public static boolean exists(String name) {
    return KINDS.containsKey(name);
  }

  /** The template files a name renders for these facts, e.g. {@code regulator_ppc}. */
  public static String templateId(String name, IncidentFacts facts) {
    return templates(name, facts).id();
  }

  /**
   * Renders {@code name} in the facts' locale; the text template's first line becomes the subject.
   */
  public static RenderedDraft render(String name, IncidentFacts facts) {
    Templates templates = templates(name, facts);
    Part part = facts.ja() ? templates.ja() : templates.en();
    String full = part.text().apply(facts).render().strip();
    int newline = full.indexOf('\n');
    String subject = newline < 0 ? full : full.substring(0, newline).strip();
    String text = newline < 0 ? "" : full.substring(newline + 1).strip() + "\n";
    return new RenderedDraft(
        name,
        facts.locale(),
        subject,
        text,
        part.html() == null ? null : part.html().apply(facts).render());
  }

  private static Templates templates(String name, IncidentFacts facts) {
    Function<IncidentFacts, Templates> kind = KINDS.get(name);
    if (kind == null) {
      throw new IllegalArgumentException(
          "Expected a template name from " + names() + ", but got '" + name + "'");
    }
    return kind.apply(facts);
  }

  private static Templates textOnly(
      String id,
      Function<IncidentFacts, TemplateInstance> en,
      Function<IncidentFacts, TemplateInstance> ja) {
    return new Templates(id, new Part(en, null), new Part(ja, null));
  }
}
