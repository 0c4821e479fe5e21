package io.irplaybook.inbox;

import io.irplaybook.platform.Roles;
import io.irplaybook.playbook.StepTexts;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;

/**
 * Who is acting on the inbox, and what they may see. Commanders and auditors see every task;
 * everybody else sees tasks they hold, are a candidate user of, or whose candidate groups they
 * belong to.
 *
 * @param name the user name (or API token name)
 * @param roles the caller's roles
 * @param sourceIp the client address, for the audit trail
 * @param language the language the viewer reads step text in ({@code en} or {@code ja})
 */
public record Viewer(String name, Set<String> roles, String sourceIp, String language) {

  public static Viewer of(SecurityIdentity identity, String sourceIp) {
    return of(identity, sourceIp, StepTexts.ENGLISH);
  }

  /** A viewer reading in {@code language} (any tag; Japanese ones read Japanese). */
  public static Viewer of(SecurityIdentity identity, String sourceIp, String language) {
    return new Viewer(
        identity.getPrincipal().getName(),
        Set.copyOf(identity.getRoles()),
        sourceIp,
        StepTexts.language(language));
  }

  public boolean isCommander() {
    return roles.contains(Roles.INCIDENT_COMMANDER);
  }

  public boolean isAuditor() {
    return roles.contains(Roles.AUDITOR);
  }

  /** Only responders act on tasks: auditors read, admins and reporters are not responders. */
  public boolean isResponder() {
    return Roles.RESPONDER_ROLES.stream().anyMatch(roles::contains);
  }

  public boolean seesAll() {
    return isCommander() || isAuditor();
  }

  public boolean canSee(Task task) {
    return seesAll()
        || name.equals(task.assignee)
        || task.candidateUserList().contains(name)
        || task.candidateGroupList().stream().anyMatch(roles::contains);
  }

  /**
   * A task waits in this person's group queue: open, unclaimed and offered to one of their groups.
   */
  public boolean inQueue(Task task) {
    return task.isOpen()
        && task.assignee == null
        && (task.candidateGroupList().stream().anyMatch(roles::contains)
            || task.candidateUserList().contains(name));
  }
}
