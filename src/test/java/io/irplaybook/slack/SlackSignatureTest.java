package io.irplaybook.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.slack.service.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Slack's documented request-signing example ("Verifying requests from Slack"). */
class SlackSignatureTest {

  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final String TIMESTAMP = "1531420618";
  private static final byte[] BODY =
      ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
              + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
              + "&command=%2Fwebhook-collect&text="
              + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554"
              + "%2F96rGlfmibIGlgcZRskXaIFfN"
              + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c")
          .getBytes(StandardCharsets.UTF_8);
  private static final String EXPECTED =
      "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  @Test
  void shouldSignSlacksDocumentedExampleAsSlackDoes() {
    assertThat(SlackSignature.sign(SECRET, TIMESTAMP, BODY)).isEqualTo(EXPECTED);
  }

  @Test
  void shouldAcceptTheDocumentedRequestAtItsOwnTime() {
    Instant sent = Instant.ofEpochSecond(Long.parseLong(TIMESTAMP));

    assertThat(SlackSignature.refusal(SECRET, TIMESTAMP, EXPECTED, BODY, sent, TOLERANCE))
        .isEmpty();
  }

  @Test
  void shouldRefuseTheDocumentedRequestReplayedSixMinutesLater() {
    Instant later = Instant.ofEpochSecond(Long.parseLong(TIMESTAMP)).plus(Duration.ofMinutes(6));

    assertThat(SlackSignature.refusal(SECRET, TIMESTAMP, EXPECTED, BODY, later, TOLERANCE))
        .get()
        .asString()
        .contains("within 5 minutes");
  }

  @Test
  void shouldRefuseABodyChangedAfterSigning() {
    Instant sent = Instant.ofEpochSecond(Long.parseLong(TIMESTAMP));
    byte[] forged =
        new String(BODY, StandardCharsets.UTF_8).replace("text=", "text=mine").getBytes();

    assertThat(SlackSignature.refusal(SECRET, TIMESTAMP, EXPECTED, forged, sent, TOLERANCE))
        .get()
        .asString()
        .contains("did not match");
  }

  @Test
  void shouldRefuseASignatureMadeWithAnotherSecret() {
    Instant sent = Instant.ofEpochSecond(Long.parseLong(TIMESTAMP));
    String other = SlackSignature.sign("another-secret-entirely-000000000", TIMESTAMP, BODY);

    assertThat(SlackSignature.refusal(SECRET, TIMESTAMP, other, BODY, sent, TOLERANCE)).isPresent();
  }
}
