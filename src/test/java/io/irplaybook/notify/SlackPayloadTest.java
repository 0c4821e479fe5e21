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
}
