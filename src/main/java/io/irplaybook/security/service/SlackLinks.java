package io.irplaybook.security.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.security.SecurityProblem;
import io.irplaybook.security.User;
import io.irplaybook.security.UserView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Links a user to their Slack member id, so that a Slack button press or slash command acts as that
 * user. A member id links to one user at most: otherwise one Slack account could act as two people.
 */
@ApplicationScoped
public class SlackLinks {

  /** Slack member ids: U (or W on Enterprise Grid) and upper-case letters and digits. */
  static final Pattern MEMBER_ID = Pattern.compile("[UW][A-Z0-9]{2,30}");

  private final AuditTrail audit;

  SlackLinks(AuditTrail audit) {
    this.audit = audit;
  }

  /**
   * Sets (or, for a null or blank id, removes) the user's Slack member id; audited as {@code
   * user.slack-linked} or {@code user.slack-unlinked}.
   */
  @Transactional
  public UserView link(String username, String slackUserId, String actor) {
    User user =
        User.findByUsername(username == null ? "" : username)
            .orElseThrow(
                () ->
                    new SecurityProblem(
                        404,
                        "No user is named '" + username + "'; list them with GET /api/users."));
    String id = slackUserId == null ? "" : slackUserId.strip();
    if (id.isEmpty()) {
      if (user.slackUserId != null) {
        user.slackUserId = null;
        audit.append(AuditEvent.of(actor, "user.slack-unlinked", "user", username).build());
      }
      return UserView.of(user);
    }
    if (!MEMBER_ID.matcher(id).matches()) {
      throw new SecurityProblem(
          400,
          "Expected a Slack member id such as U0123ABCD (Slack: your profile, \u22ee, Copy member"
              + " ID), but it was '"
              + id
              + "'.");
    }
    Optional<User> holder = User.findBySlackUserId(id);
    if (holder.isPresent() && !holder.get().username.equals(user.username)) {
      throw new SecurityProblem(
          409,
          "The Slack member id "
              + id
              + " is linked to another user already; unlink it there first.");
    }
    if (!id.equals(user.slackUserId)) {
      user.slackUserId = id;
      audit.append(
          AuditEvent.of(actor, "user.slack-linked", "user", username)
              .detail("slackUserId", id)
              .build());
    }
    return UserView.of(user);
  }

  /** The enabled user linked to this Slack member id, if any. */
  @Transactional
  public Optional<UserView> user(String slackUserId) {
    if (slackUserId == null || slackUserId.isBlank()) {
      return Optional.empty();
    }
    return User.findBySlackUserId(slackUserId).filter(u -> !u.disabled).map(UserView::of);
  }

  /** The user by name, if any. */
  @Transactional
  public Optional<UserView> byName(String username) {
    return User.findByUsername(username == null ? "" : username).map(UserView::of);
  }
}
