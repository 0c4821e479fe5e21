package io.irplaybook.notify;

/**
 * The actions a notice about a human step offers where the channel can show them (Slack's Claim and
 * Open in the inbox buttons); channels that cannot show them send the text alone.
 *
 * @param taskId the inbox task id a Claim button claims
 * @param openUrl the task's page (under irp.public-url), or null when there is none
 */
public record StepActions(String taskId, String openUrl) {

  /**
   * The {@code action_id} of Slack's Claim button; its {@code value} is the task id. Named here so
   * that the feature answering the button press matches it without reaching into notify's service.
   */
  public static final String SLACK_CLAIM_ACTION = "irp_claim";
}
