package io.irplaybook.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The role names every feature authorises against. The responder roles are the playbooks' candidate
 * groups, so a user's roles and a task's candidate groups compare directly.
 */
public final class Roles {

  public static final String INCIDENT_COMMANDER = "incident-commander";
  public static final String NETWORK_ADMIN = "network-admin";
  public static final String IDENTITY_ADMIN = "identity-admin";
  public static final String FORENSICS = "forensics";
  public static final String SOC_ANALYST = "soc-analyst";
  public static final String COMMS = "comms";
  public static final String LEGAL = "legal";
  public static final String EXECUTIVE = "executive";

  /**
   * A managed service provider's engineer: small organisations often have no network team of their
   * own, so the small-tier playbooks offer their technical steps to this role as well.
   */
  public static final String MSP = "msp";

  /** Manages users, API tokens and notification channels. */
  public static final String ADMIN = "admin";

  /** Reads everything and exports the audit trail; changes nothing. */
  public static final String AUDITOR = "auditor";

  /** A machine client (SIEM, ticketing system) that declares incidents and reads them back. */
  public static final String REPORTER = "reporter";

  /**
   * A SIEM or relay that posts signed alerts to {@code POST /api/alerts/{source}}; it can do
   * nothing else, so a leaked intake token cannot read incidents.
   */
  public static final String ALERT_INTAKE = "alert-intake";

  /** The candidate groups the playbooks assign human steps to. */
  public static final List<String> RESPONDER_ROLES =
      List.of(
          INCIDENT_COMMANDER,
          NETWORK_ADMIN,
          IDENTITY_ADMIN,
          FORENSICS,
          SOC_ANALYST,
          COMMS,
          LEGAL,
          EXECUTIVE,
          MSP);

  /** Every role a user or token may hold. */
  public static final List<String> ALL = all();

  /**
   * Not a role anyone is given: every identity holding one of {@link #RESPONDER_ROLES} carries it
   * as well (added at sign-in), so an endpoint open to any responder names this one role instead of
   * repeating the list.
   */
  public static final String ANY_RESPONDER = "any-responder";

  private Roles() {}

  /** The roles someone was given, sorted, without the derived {@link #ANY_RESPONDER}. */
  public static List<String> assigned(Collection<String> held) {
    return held.stream().filter(role -> !role.equals(ANY_RESPONDER)).sorted().toList();
  }

  private static List<String> all() {
    List<String> roles = new ArrayList<>(RESPONDER_ROLES);
    roles.add(ADMIN);
    roles.add(AUDITOR);
    roles.add(REPORTER);
    roles.add(ALERT_INTAKE);
    return List.copyOf(roles);
  }
}
