package io.irplaybook.comms.service;

import io.quarkus.qute.TemplateInstance;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The template names playbooks use in the {@code templates} header, and how each is rendered. */
public final class TemplateCatalog {

  private record Kind(
      Function<IncidentFacts, TemplateInstance> en,
      Function<IncidentFacts, TemplateInstance> ja,
      Function<IncidentFacts, TemplateInstance> htmlEn,
      Function<IncidentFacts, TemplateInstance> htmlJa) {}

  private static final Map<String, Kind> KINDS =
      Map.of(
          "customer-notice",
              new Kind(
                  CommsTemplates::customer_notice_en,
                  CommsTemplates::customer_notice_ja,
                  CommsTemplates::customer_notice_html_en,
                  CommsTemplates::customer_notice_html_ja),
          "staff-reset",
              new Kind(CommsTemplates::staff_reset_en, CommsTemplates::staff_reset_ja, null, null),
          "executive-brief",
              new Kind(
                  CommsTemplates::executive_brief_en,
                  CommsTemplates::executive_brief_ja,
                  null,
                  null),
          "regulator-notice",
              new Kind(
                  CommsTemplates::regulator_notice_en,
                  CommsTemplates::regulator_notice_ja,
                  null,
                  null),
          "slack-status",
              new Kind(
                  CommsTemplates::slack_status_en, CommsTemplates::slack_status_ja, null, null),
          "peer-coordination",
              new Kind(
                  CommsTemplates::peer_coordination_en,
                  CommsTemplates::peer_coordination_ja,
                  null,
                  null));

  private TemplateCatalog() {}

  public static List<String> names() {
    return KINDS.keySet().stream().sorted().toList();
  }

  public static boolean exists(String name) {
    return KINDS.containsKey(name);
  }

  /**
   * Renders {@code name} in the facts' locale; the text template's first line becomes the subject.
   */
  public static RenderedDraft render(String name, IncidentFacts facts) {
    Kind kind = KINDS.get(name);
    if (kind == null) {
      throw new IllegalArgumentException(
          "Expected a template name from " + names() + ", but got '" + name + "'");
    }
    boolean ja = "ja".equals(facts.locale());
    String full = (ja ? kind.ja() : kind.en()).apply(facts).render().strip();
    int newline = full.indexOf('\n');
    String subject = newline < 0 ? full : full.substring(0, newline).strip();
    String text = newline < 0 ? "" : full.substring(newline + 1).strip() + "\n";
    Function<IncidentFacts, TemplateInstance> html = ja ? kind.htmlJa() : kind.htmlEn();
    return new RenderedDraft(
        name, facts.locale(), subject, text, html == null ? null : html.apply(facts).render());
  }
}
