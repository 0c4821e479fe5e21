package io.irplaybook.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.alert.service.StandardWebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The intake's signature check against the Standard Webhooks specification's published test vector,
 * and the ways a request fails it.
 */
class StandardWebhookSignatureTest {

  // The specification's example (standard-webhooks/standard-webhooks, the reference libraries'
  // tests): secret, id, timestamp and body, and the signature they must produce.
  private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final long SPEC_TIMESTAMP = 1614265330L;
  private static final byte[] SPEC_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
  private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

  private static java.util.Optional<String> check(
      List<String> secrets, String timestamp, String signatures, byte[] body, long nowSeconds) {
    return StandardWebhookSignature.refusal(
        secrets,
        SPEC_ID,
        timestamp,
        signatures,
        body,
        Instant.ofEpochSecond(nowSeconds),
        FIVE_MINUTES);
  }

  @Test
  void shouldProduceTheSpecificationsPublishedSignature() {
    assertThat(StandardWebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
        .isEqualTo(SPEC_SIGNATURE);
  }

  @Test
  void shouldAcceptThePublishedExampleAmongSeveralSignaturesAndSecrets() {
    String other = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
    assertThat(
            check(
                List.of(other, SPEC_SECRET),
                Long.toString(SPEC_TIMESTAMP),
                "v1,bm90LWEtc2lnbmF0dXJl v2,ignored " + SPEC_SIGNATURE,
                SPEC_BODY,
                SPEC_TIMESTAMP + 10))
        .isEmpty();
  }

  @Test
  void shouldRefuseAChangedBodyAnotherSecretOrAMissingSignature() {
    byte[] changed = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
    String ts = Long.toString(SPEC_TIMESTAMP);
    String other = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
    assertThat(check(List.of(SPEC_SECRET), ts, SPEC_SIGNATURE, changed, SPEC_TIMESTAMP))
        .get()
        .asString()
        .contains("No v1 signature matches");
    assertThat(check(List.of(other), ts, SPEC_SIGNATURE, SPEC_BODY, SPEC_TIMESTAMP)).isPresent();
    assertThat(check(List.of(SPEC_SECRET), ts, null, SPEC_BODY, SPEC_TIMESTAMP))
        .get()
        .asString()
        .contains("webhook-signature");
  }

  @Test
  void shouldRefuseATimestampMoreThanFiveMinutesAwayEitherWay() {
    String ts = Long.toString(SPEC_TIMESTAMP);
    assertThat(check(List.of(SPEC_SECRET), ts, SPEC_SIGNATURE, SPEC_BODY, SPEC_TIMESTAMP + 300))
        .isEmpty();
    assertThat(check(List.of(SPEC_SECRET), ts, SPEC_SIGNATURE, SPEC_BODY, SPEC_TIMESTAMP + 301))
        .get()
        .asString()
        .contains("301 s away");
    assertThat(check(List.of(SPEC_SECRET), ts, SPEC_SIGNATURE, SPEC_BODY, SPEC_TIMESTAMP - 301))
        .isPresent();
    assertThat(check(List.of(SPEC_SECRET), "soon", SPEC_SIGNATURE, SPEC_BODY, SPEC_TIMESTAMP))
        .get()
        .asString()
        .contains("Unix seconds");
  }
}
