package io.irplaybook.slack.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.irplaybook.inbox.Inbox;
import io.irplaybook.notify.StepActions;
import io.irplaybook.platform.ProblemException;
import io.irplaybook.slack.service.SlackMembers.Member;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Button presses on task notices (Slack's {@code block_actions} interactions): Claim claims the
 * task as the linked user, through the inbox's root API with the same rules as the web claim; the
 * presser gets an ephemeral answer either way. The Open in the inbox button is a link, which Slack
 * reports too; it needs no answer.
 */
@ApplicationScoped
public class SlackInteractions {

  private static final Logger LOG = Logger.getLogger(SlackInteractions.class);

  static final String CLAIM_ACTION = StepActions.SLACK_CLAIM_ACTION;

  private final SlackMembers members;
  private final Inbox inbox;
  private final SlackReplies replies;
  private final ObjectMapper json;

  SlackInteractions(SlackMembers members, Inbox inbox, SlackReplies replies, ObjectMapper json) {
    this.members = members;
    this.inbox = inbox;
    this.replies = replies;
    this.json = json;
  }

  /**
   * Handles a verified interaction request (form field {@code payload}) and returns the answer
   * given to the presser (also posted to the payload's {@code response_url}), or null when there is
   * nothing to answer.
   */
  public ObjectNode handle(byte[] body, String sourceIp) {
    Map<String, String> form = SlackForm.parse(body);
    JsonNode payload;
    try {
      payload = json.readTree(form.getOrDefault("payload", ""));
    } catch (Exception e) {
      payload = null;
    }
    if (payload == null || !payload.isObject()) {
      throw new ProblemException(
          400, "Bad Request", "Expected a form field 'payload' holding Slack's interaction JSON.");
    }
    Optional<JsonNode> claim = claimAction(payload);
    if (claim.isEmpty()) {
      return null;
    }
    String slackUser = payload.path("user").path("id").asText("");
    ObjectNode reply = claim(slackUser, claim.get().path("value").asText(""), sourceIp);
    replies.post(payload.path("response_url").asText(null), reply);
    return reply;
  }

  private static Optional<JsonNode> claimAction(JsonNode payload) {
    if (!"block_actions".equals(payload.path("type").asText())) {
      return Optional.empty();
    }
    for (JsonNode action : payload.path("actions")) {
      if (CLAIM_ACTION.equals(action.path("action_id").asText())) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }

  private ObjectNode claim(String slackUser, String taskValue, String sourceIp) {
    Optional<Member> member = members.linked(slackUser, sourceIp);
    if (member.isEmpty()) {
      return SlackReplies.ephemeral(SlackMembers.linkYourAccount(slackUser));
    }
    long taskId;
    try {
      taskId = Long.parseLong(taskValue);
    } catch (NumberFormatException e) {
      return SlackReplies.ephemeral("This button names no task; claim the step in the inbox.");
    }
    try {
      inbox.claim(taskId, member.get().viewer());
    } catch (ProblemException refused) {
      return SlackReplies.ephemeral(
          "Could not claim task " + taskId + ": " + SlackForm.escape(refused.getMessage()));
    }
    LOG.infof("Task %d claimed from Slack by %s", taskId, member.get().username());
    return SlackReplies.ephemeral(
        "You claimed task " + taskId + " as " + SlackForm.escape(member.get().username()) + ".");
  }
}
