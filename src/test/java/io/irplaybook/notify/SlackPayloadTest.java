package io.irplaybook.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.irplaybook.notify.service.SlackPayload;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Slack messages are built with Jackson, escaped, and kept inside Slack's limits. */
class SlackPayloadTest {

  @Test
  void shouldEscapeSlackControlSequencesInUserText() {
    // when
    JsonNode payload =
        SlackPayload.build(
            "Alert <!channel>", "Hi <!here> & <@U123> see <https://evil|bank> \"quoted\"");

    // then
    String all = payload.toString();
    assertThat(all)
        .doesNotContain("<!channel>")
        .doesNotContain("<!here>")
        .doesNotContain("<@U123>")
        .doesNotContain("<https");
    assertThat(payload.get("text").asText())
        .contains("&lt;!here&gt; &amp; &lt;@U123&gt;")
        .contains("\"quoted\"");
    assertThat(payload.get("blocks").get(0).get("text").get("text").asText())
        .isEqualTo("*Alert &lt;!channel&gt;*");
  }

  @Test
  void shouldCapTextSectionsAndBlocks() {
    // given: 60 paragraphs of 4,000 characters
    String paragraph = "x".repeat(4000);
    String text = String.join("\n\n", Collections.nCopies(60, paragraph));

    // when
    JsonNode payload = SlackPayload.build("Big", text);

    // then
    assertThat(payload.get("text").asText().length()).isLessThanOrEqualTo(40_000);
    assertThat(payload.get("blocks").size()).isEqualTo(50);
    payload
        .get("blocks")
        .forEach(
            b ->
                assertThat(b.get("text").get("text").asText().length()).isLessThanOrEqualTo(3_000));
    assertThat(payload.get("blocks").get(49).get("text").get("text").asText()).endsWith("…");
  }

  @Test
  void shouldNotCutAnEscapeSequenceInTwo() {
    // given: an ampersand right at the section boundary
    String text = "y".repeat(2998) + "&" + "z".repeat(10);

    // when
    JsonNode payload = SlackPayload.build("", text);

    // then
    assertThat(payload.get("blocks").get(0).get("text").get("text").asText())
        .doesNotEndWith("&am")
        .endsWith("y");
    assertThat(payload.get("blocks").get(1).get("text").get("text").asText()).startsWith("&amp;");
  }

  @Test
  void shouldOfferClaimAndOpenButtonsOnATaskNotice() {
    // when
    JsonNode payload =
        SlackPayload.build(
            "New step",
            "Preserve the logs",
            SlackPayload.actions("2251799813685260", "https://irp.example.test/inbox/tasks/1"));

    // then: the text, then one actions block with the two buttons
    JsonNode blocks = payload.get("blocks");
    JsonNode actions = blocks.get(blocks.size() - 1);
    assertThat(actions.get("type").asText()).isEqualTo("actions");
    JsonNode claim = actions.get("elements").get(0);
    assertThat(claim.get("action_id").asText()).isEqualTo(SlackPayload.CLAIM_ACTION);
    assertThat(claim.get("value").asText()).isEqualTo("2251799813685260");
    assertThat(claim.get("text").get("text").asText()).isEqualTo("Claim");
    JsonNode open = actions.get("elements").get(1);
    assertThat(open.get("url").asText()).isEqualTo("https://irp.example.test/inbox/tasks/1");
    assertThat(open.get("text").get("text").asText()).isEqualTo("Open in the inbox");
  }

  @Test
  void shouldKeepFiftyBlocksWithButtonsOnAVeryLongNotice() {
    // given
    String text = String.join("\n\n", Collections.nCopies(60, "paragraph"));

    // when
    JsonNode payload = SlackPayload.build("Big", text, SlackPayload.actions("1", null));

    // then
    JsonNode blocks = payload.get("blocks");
    assertThat(blocks.size()).isEqualTo(50);
    assertThat(blocks.get(49).get("type").asText()).isEqualTo("actions");
    assertThat(blocks.get(49).get("elements").size()).isEqualTo(1);
  }

  @Test
  void shouldSendNoActionsBlockWithoutActions() {
    JsonNode payload = SlackPayload.build("Plain", "text", SlackPayload.actions(null, null));

    assertThat(payload.get("blocks").toString()).doesNotContain("actions");
  }
}
