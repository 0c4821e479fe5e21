package io.irplaybook.slack.service;

import io.irplaybook.inbox.Viewer;
import io.irplaybook.incident.IncidentReader;
import io.irplaybook.playbook.StepTexts;
import io.irplaybook.security.Accounts;
import io.irplaybook.security.UserView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Who a Slack member is here: the enabled user who linked that member id on their account page (or
 * an admin linked for them). A Slack request acts with exactly that user's roles, so Slack grants
 * nothing the web inbox would not.
 */
@ApplicationScoped
public class SlackMembers {

  /** A linked member: the user acting, as the inbox and need to know see them. */
  public record Member(String username, Viewer viewer, IncidentReader reader) {}

  private final Accounts accounts;

  SlackMembers(Accounts accounts) {
    this.accounts = accounts;
  }

  public Optional<Member> linked(String slackUserId, String sourceIp) {
    return accounts.slackUser(slackUserId).map(user -> member(user, sourceIp));
  }

  private static Member member(UserView user, String sourceIp) {
    Set<String> roles = Set.copyOf(user.roles());
    return new Member(
        user.username(),
        new Viewer(user.username(), roles, sourceIp, StepTexts.ENGLISH),
        new IncidentReader(user.username(), roles));
  }

  /** The ephemeral answer to a member who has not linked their Slack account. */
  static String linkYourAccount(String slackUserId) {
    return "Your Slack account is not linked to a user of ir-playbook-runner yet. Open your"
        + " account page in the service, enter your Slack member id ("
        + SlackForm.escape(slackUserId)
        + ") under Slack and save; then try again.";
  }
}
