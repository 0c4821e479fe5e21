package io.irplaybook.slack;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Slack as the Slack tests see it: a test-only signing secret and WireMock on 127.0.0.1 standing in
 * for Slack's response URLs and Web API.
 */
public class SlackPeers implements QuarkusTestResourceLifecycleManager {

  /** A made-up signing secret (32 hex-like characters, as Slack's are); never a real one. */
  public static final String SIGNING_SECRET = "0123456789abcdef0123456789abcdef";

  public static final String BOT_TOKEN = "xoxb-test-only-token";

  public static WireMockServer wireMock;

  public static String base() {
    return "http://127.0.0.1:" + wireMock.port();
  }

  @Override
  public Map<String, String> start() {
    wireMock =
        new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    wireMock.start();
    return Map.of(
        "irp.slack.signing-secret",
        SIGNING_SECRET,
        "irp.slack.response-url-prefix",
        base() + "/hooks/",
        "irp.slack.bot-token",
        BOT_TOKEN,
        "irp.slack.api-url",
        base() + "/api",
        "irp.slack.incident-channels",
        "true",
        "irp.public-url",
        "https://irp.example.test");
  }

  @Override
  public void stop() {
    if (wireMock != null) {
      wireMock.stop();
    }
  }
}
