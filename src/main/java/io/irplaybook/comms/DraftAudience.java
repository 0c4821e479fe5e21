package io.irplaybook.comms;

import io.irplaybook.notify.ChannelClass;
import java.util.Map;
import java.util.Optional;

/**
 * The class of channel a draft's template is written for, as the playbooks' send steps name it in
 * their {@code channel-class} header. Regulator filings and notices to individuals have none: a
 * responder submits them on the regulator's portal or by post, the service never sends them. {@code
 * DraftAudienceTest} checks this table against every send step of the playbooks.
 */
public final class DraftAudience {

  private static final Map<String, ChannelClass> BY_TEMPLATE =
      Map.of(
          "customer-notice", ChannelClass.CUSTOMER,
          "peer-coordination", ChannelClass.PEER,
          "staff-reset", ChannelClass.INTERNAL,
          "executive-brief", ChannelClass.INTERNAL,
          "slack-status", ChannelClass.INTERNAL);

  private DraftAudience() {}

  /** The class the template's drafts are sent to, or empty when the service never sends them. */
  public static Optional<ChannelClass> of(String template) {
    return Optional.ofNullable(
        template == null ? null : BY_TEMPLATE.get(template.replace('_', '-')));
  }
}
