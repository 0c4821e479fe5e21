package io.irplaybook.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI text of the pages, English by default; Japanese in messages/msg_ja.properties. */
@MessageBundle(value = "msg", locale = "en")
public interface InboxMessages {
  @Message("ir-playbook-runner")
  String appName();

  @Message("Sign in")
  String signIn();

  @Message("Sign out")
  String signOut();

  @Message("User name")
  String username();

  @Message("Password")
  String password();

  @Message("Wrong user name or password.")
  String wrongPassword();

  @Message("My tasks")
  String myTasks();

  @Message("Group queue")
  String groupQueue();

  @Message("Administration")
  String admin();

  @Message("Language")
  String language();

  @Message("Signed in as")
  String signedInAs();

  @Message("Task")
  String task();

  @Message("Incident")
  String incident();

  @Message("Status")
  String status();

  @Message("Holder")
  String holder();

  @Message("Groups")
  String groups();

  @Message("Due")
  String due();

  @Message("Overdue")
  String overdue();

  @Message("Checklist")
  String checklist();

  @Message("Filter")
  String filter();

  @Message("Apply")
  String apply();

  @Message("Any")
  String any();

  @Message("Only overdue")
  String onlyOverdue();

  @Message("open")
  String statusOpen();

  @Message("completed")
  String statusCompleted();

  @Message("stale")
  String statusStale();

  @Message("No tasks.")
  String noTasks();

  @Message("What done means")
  String whatDoneMeans();

  @Message("Claim")
  String claim();

  @Message("Give back")
  String unclaim();

  @Message("Assign to")
  String assignTo();

  @Message("Assign")
  String assign();

  @Message("Tick")
  String tick();

  @Message("Untick")
  String untick();

  @Message("ticked by")
  String tickedBy();

  @Message("Comments")
  String comments();

  @Message("Comment")
  String comment();

  @Message("Add comment")
  String addComment();

  @Message("Evidence")
  String evidence();

  @Message("Location (URI)")
  String evidenceUri();

  @Message("SHA-256")
  String evidenceSha256();

  @Message("Note")
  String evidenceNote();

  @Message("Add evidence")
  String addEvidence();

  @Message("Complete")
  String complete();

  @Message("Confirm as second person")
  String confirm();

  @Message("This step needs a second person.")
  String needsTwoPerson();

  @Message("Confirmed by")
  String confirmedBy();

  @Message("Playbook")
  String playbook();

  @Message("Tier")
  String tier();

  @Message("Timeline")
  String timeline();

  @Message("Open steps")
  String openSteps();

  @Message("Diagram")
  String diagram();

  @Message("completed")
  String stepCompleted();

  @Message("current")
  String stepCurrent();

  @Message("pending")
  String stepPending();

  @Message("Users")
  String users();

  @Message("Roles")
  String roles();

  @Message("Create user")
  String createUser();

  @Message("API tokens")
  String tokens();

  @Message("Name")
  String name();

  @Message("Issue token")
  String issueToken();

  @Message("Revoke")
  String revoke();

  @Message("revoked")
  String revoked();

  @Message("Copy this token now; it is not shown again:")
  String tokenOnce();

  @Message("Notification channels")
  String channels();

  @Message("Send a test message")
  String sendTest();

  @Message("Test message delivered through")
  String channelTested();

  @Message("No notification channel is configured (see irp.notify.channels in the README).")
  String noChannels();

  @Message("Unknown")
  String unknown();

  @Message("Title")
  String title();

  // --- Sign-in, sessions and tokens (io.irplaybook.security) ---

  @Message("The sign-in form has expired; sign in again.")
  String signInFormExpired();

  @Message("Too many failed sign-ins; try again in {seconds} seconds.")
  String tooManySignIns(long seconds);

  @Message("enabled")
  String userEnabled();

  @Message("disabled")
  String userDisabled();

  @Message("Disable")
  String disableUser();

  @Message("Enable")
  String enableUser();

  @Message("New password")
  String newPassword();

  @Message("Set password")
  String resetPassword();

  @Message("Acts as")
  String actsAs();

  @Message("Expires")
  String tokenExpires();

  @Message("never")
  String tokenNeverExpires();

  @Message("Expires on (optional, UTC)")
  String tokenExpiresOn();
}
