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

  // --- Layout, incidents, overview (io.irplaybook.web) ---

  @Message("Skip to the content")
  String skipToContent();

  @Message("Main")
  String mainNavigation();

  @Message("Dashboard")
  String dashboard();

  @Message("Incidents")
  String incidents();

  @Message("Actions")
  String actions();

  @Message("Notices to review")
  String draftsToReview();

  @Message("approved")
  String draftApproved();

  @Message("awaiting approval")
  String draftAwaitingApproval();

  @Message("sent")
  String draftSent();

  @Message("Scenario")
  String scenario();

  @Message("Severity")
  String severity();

  @Message("Organisation")
  String organization();

  @Message("Age")
  String age();

  @Message("Why this tier")
  String tierRule();

  @Message("Tier set by hand")
  String tierOverride();

  @Message("Progress by phase")
  String progressByPhase();

  @Message(
      "{#when key}{#is 'contain'}Contain{#is 'preserve'}Preserve{#is 'rotate'}Rotate"
          + "{#is 'harden'}Harden{#is 'detect'}Detect{#is 'notify'}Notify{#is 'review'}Review"
          + "{#else}{key}{/when}")
  String phaseName(String key);

  @Message("{done} of {total} done")
  String phaseCounts(int done, int total);

  @Message("Phase")
  String phase();

  @Message("No step is open.")
  String noOpenSteps();

  @Message("Regulator deadlines")
  String regulatorDeadlines();

  @Message("No regulator filing is open.")
  String noDeadlines();

  @Message("Communications")
  String communications();

  @Message("No notice has been drafted yet.")
  String noDrafts();

  @Message(
      "Where each step stands is inferred from the steps the inbox knows (completed, open), not"
          + " read from the engine's element history.")
  String diagramInferred();

  @Message("Zoom out")
  String zoomOut();

  @Message("Zoom in")
  String zoomIn();

  @Message("Fit to width")
  String zoomFit();

  @Message("Show")
  String show();

  @Message("Steps")
  String kindTask();

  @Message("Incident")
  String kindIncident();

  @Message("Communications")
  String kindComms();

  @Message("Notices sent")
  String kindNotify();

  @Message("The service")
  String theService();

  @Message(
      "{#when action}"
          + "{#is 'task.created'}opened the step"
          + "{#is 'task.claimed'}claimed"
          + "{#is 'task.unclaimed'}gave back"
          + "{#is 'task.assigned'}assigned"
          + "{#is 'task.checklist-ticked'}ticked an item of"
          + "{#is 'task.commented'}commented on"
          + "{#is 'task.evidence-added'}added evidence to"
          + "{#is 'task.confirmed'}confirmed as second person"
          + "{#is 'task.completed'}completed"
          + "{#is 'task.overdue'}marked as overdue"
          + "{#is 'task.stale'}marked as stale"
          + "{#is 'incident.declared'}declared the incident"
          + "{#is 'incident.tier-decided'}chose the tier"
          + "{#is 'incident.started'}started the playbook"
          + "{#is 'incident.start-retried'}retried the start"
          + "{#is 'incident.closed'}closed the incident"
          + "{#is 'incident.cancelled'}cancelled the incident"
          + "{#is 'comms.rendered'}drafted"
          + "{#is 'comms.edited'}edited"
          + "{#is 'comms.approved'}approved"
          + "{#is 'comms.sent'}sent"
          + "{#is 'notify.send'}sent a notice"
          + "{#else}{action}{/when}")
  String timelineVerb(String action);

  /**
   * Japanese only: the particle after the object ("を", "に", "の"), since Japanese puts the object
   * before the verb; English puts it after and needs none.
   */
  @Message("{#when action}{#else}{/when}")
  String timelineParticle(String action);

  @Message("failed")
  String failed();

  @Message("{total} found")
  String incidentsFound(long total);

  @Message("Declare an incident")
  String declareIncident();

  @Message("No incident matches.")
  String noIncidents();

  @Message("Declared")
  String declared();

  @Message("Pages")
  String pagination();

  @Message("Previous page")
  String previousPage();

  @Message("Next page")
  String nextPage();

  @Message("Page {page} of {pages}")
  String pageOf(int page, int pages);

  @Message("Check the marked fields.")
  String fixTheFields();

  @Message("Choose one")
  String choose();

  @Message("Employees")
  String employees();

  @Message("Industry")
  String industry();

  @Message("Jurisdictions")
  String jurisdictions();

  @Message("Country codes separated by commas, e.g. JP, US")
  String jurisdictionsHint();

  @Message("Personal data affected")
  String personalData();

  @Message("Not known yet")
  String notKnownYet();

  @Message("Yes")
  String yes();

  @Message("No")
  String no();

  @Message("Language of the notices")
  String noticeLanguage();

  @Message("Affected assets")
  String assets();

  @Message(
      "One a line: name, kind, yes if it used the vendor's cloud backup (e.g. fw-hq, firewall, yes)")
  String assetsHint();

  // --- Dashboard ---

  @Message("Active incidents")
  String activeIncidents();

  @Message("No incident is running.")
  String noActiveIncidents();

  @Message("Active incidents by tier and current phase")
  String byTierAndPhase();

  @Message("Overdue steps")
  String overdueSteps();

  @Message("No step is overdue.")
  String noOverdueSteps();

  @Message("Response times by tier")
  String responseTimes();

  @Message("Period")
  String period();

  @Message("Last {days} days")
  String lastDays(int days);

  @Message("Time to first action (MTTA)")
  String timeToFirstAction();

  @Message("Time to contain")
  String timeToContain();

  @Message("Time to close (MTTR)")
  String timeToClose();

  @Message("Mean response times by tier over the last {days} days, in hours")
  String chartTitle(int days);

  @Message(
      "Means over the incidents declared in the period. First action: declaration to the first"
          + " completed step. Contain: declaration to the last containment step, once none is"
          + " open. Close: declaration to closing.")
  String figuresExplained();

  // --- Account ---

  @Message("Your account")
  String yourAccount();

  @Message("Change password")
  String changePassword();

  @Message("Current password")
  String currentPassword();

  @Message("New password, again")
  String repeatPassword();

  @Message("The two new passwords differ; type the same one twice.")
  String passwordsDiffer();

  @Message("At least 12 characters.")
  String passwordRule();

  @Message("Changing the password signs you out everywhere; sign in again with the new one.")
  String passwordChangeSignsOut();

  @Message("Slack")
  String slackLink();

  @Message("Slack member id")
  String slackMemberId();

  @Message(
      "Buttons and /irp commands in Slack act as you when your Slack member id is linked here (in"
          + " Slack: your profile, ⋮, Copy member ID). Leave it empty to unlink.")
  String slackLinkHint();

  @Message("Save the Slack link")
  String saveSlackLink();

  // --- Communications review ---

  @Message("Notice")
  String draft();

  @Message("version")
  String version();

  @Message("by")
  String by();

  @Message("Give the notice a subject and a text.")
  String draftNeedsText();

  @Message("As text")
  String asText();

  @Message("As HTML (e-mail)")
  String asHtml();

  @Message("This notice has no HTML form; e-mail sends the text.")
  String noHtml();

  @Message("Changes")
  String changes();

  @Message("Lines removed and added since version {version}:")
  String changesSince(int version);

  @Message("Subject")
  String subject();

  @Message("The HTML changed too.")
  String htmlChanged();

  @Message("This is the first version.")
  String firstVersion();

  @Message("Where it will be sent")
  String whereSent();

  @Message(
      "Once approved, the playbook's send step hands this notice to the incident's channels of"
          + " class {channelClass}; the others never receive it.")
  String sentToClass(String channelClass);

  @Message("receives it")
  String channelReached();

  @Message("does not receive it")
  String channelNotReached();

  @Message(
      "The service does not send this one: a responder submits it to the regulator or delivers it"
          + " to the people concerned, as the filing step says.")
  String notSentByService();

  @Message(
      "The incident has no notification channels (irp.incident.notify-channels), so nothing will"
          + " be sent.")
  String incidentNoChannels();

  @Message("Approve version {version}")
  String approveVersion(int version);

  @Message("Edit (saves a new version)")
  String editDraft();

  @Message("Save as a new version")
  String saveVersion();

  @Message("Versions")
  String versions();

  @Message("Change roles")
  String changeRoles();

  @Message("Save roles")
  String saveRoles();

  // --- Batch declaration ---

  @Message("Declare several incidents from a CSV file")
  String batchDeclare();

  @Message("Choose a CSV file to upload.")
  String batchNoFile();

  @Message("The file has no rows below its header.")
  String batchEmpty();

  @Message("What became of each row")
  String batchResults();

  @Message("Row")
  String row();

  @Message("not declared")
  String notDeclared();

  @Message("CSV file (UTF-8)")
  String csvFile();

  @Message(
      "A header row, then one incident a row, with the declare form's fields; jurisdictions and"
          + " assets separate their items with ';'. At most 500 rows. Rows with mistakes are skipped"
          + " and listed.")
  String csvHint();

  @Message("Declare every row")
  String declareAll();

  @Message("Several from a CSV file")
  String batchLink();

  @Message("Not for your roles")
  String forbiddenTitle();

  @Message(
      "This page needs a role you do not have. Ask an administrator if you need it; your roles"
          + " are listed on your account page.")
  String forbiddenText();

  @Message("Not found")
  String notFoundTitle();

  @Message(
      "Nothing is at this address, or it is not visible to you. Check the link, or find the item"
          + " from the lists.")
  String notFoundText();

  @Message("Cannot do that here")
  String methodTitle();

  @Message("This address does not take that kind of request. Use the page's own buttons.")
  String methodText();

  @Message("Go to your start page")
  String toStartPage();
}
