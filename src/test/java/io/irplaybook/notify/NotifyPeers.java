package io.irplaybook.notify;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Base64;
import java.util.Map;

/**
 * Real peers for the notification tests: WireMock as Slack and as a webhook receiver, GreenMail as
 * the SMTP server, both on free ports of 127.0.0.1, and the channels that point at them. 127.0.0.1
 * is allow-listed for the SSRF guard; the channel {@code metadata} points at the cloud metadata
 * address.
 */
public class NotifyPeers implements QuarkusTestResourceLifecycleManager {

  /** Test-only signing secrets (random bytes made here, never a real secret). */
  public static final String SECRET =
      "whsec_" + Base64.getEncoder().encodeToString("test-signing-key-0123456789abcdef".getBytes());

  public static final String OLD_SECRET =
      "whsec_" + Base64.getEncoder().encodeToString("old-signing-key-0123456789abcdef".getBytes());
  public static final String RECIPIENT = "soc@example.test";

  public static WireMockServer wireMock;
  public static GreenMail greenMail;

  @Override
  public Map<String, String> start() {
    wireMock =
        new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    wireMock.start();
    greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    String base = "http://127.0.0.1:" + wireMock.port();
    return Map.ofEntries(
        Map.entry("irp.notify.allow-hosts", "127.0.0.1"),
        Map.entry("irp.notify.channels.slack.type", "slack"),
        Map.entry("irp.notify.channels.slack.url", base + "/services/T000/B000/slack"),
        Map.entry("irp.notify.channels.hook.type", "webhook"),
        Map.entry("irp.notify.channels.hook.url", base + "/hook"),
        Map.entry("irp.notify.channels.hook.secret", SECRET + "," + OLD_SECRET),
        Map.entry("irp.notify.channels.gone.type", "webhook"),
        Map.entry("irp.notify.channels.gone.url", base + "/gone"),
        Map.entry("irp.notify.channels.gone.secret", SECRET),
        Map.entry("irp.notify.channels.metadata.type", "webhook"),
        Map.entry("irp.notify.channels.metadata.url", "http://169.254.169.254/latest/meta-data"),
        Map.entry("irp.notify.channels.metadata.secret", SECRET),
        Map.entry("irp.notify.channels.mail.type", "email"),
        Map.entry("irp.notify.channels.mail.recipients", RECIPIENT),
        Map.entry("irp.notify.channels.mail.classes", "customer"),
        Map.entry("quarkus.mailer.mock", "false"),
        Map.entry("quarkus.mailer.host", "127.0.0.1"),
        Map.entry("quarkus.mailer.port", Integer.toString(greenMail.getSmtp().getPort())),
        Map.entry("quarkus.mailer.start-tls", "DISABLED"),
        Map.entry("quarkus.mailer.from", "irp@example.test"));
  }

  @Override
  public void stop() {
    if (wireMock != null) wireMock.stop();
    if (greenMail != null) greenMail.stop();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
