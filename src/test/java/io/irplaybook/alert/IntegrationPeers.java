package io.irplaybook.alert;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The outside world of the integration tests: alert sources of every format with test-only secrets,
 * the organisations they look up, and WireMock standing in for Teams and PagerDuty on 127.0.0.1
 * (allow-listed for the SSRF guard).
 */
public class IntegrationPeers implements QuarkusTestResourceLifecycleManager {

  /** Test-only signing secrets (fixed text, never a real secret). */
  public static final String SPLUNK_SECRET = secret("splunk-test-key-0123456789abcdef");

  public static final String OLD_SPLUNK_SECRET = secret("splunk-old-key-0123456789abcdef");
  public static final String SIEM_SECRET = secret("siem-test-key-0123456789abcdefgh");

  /** A made-up PagerDuty routing key (32 characters, as PagerDuty's are). */
  public static final String ROUTING_KEY = "R0UTINGKEY0123456789ABCDEFGHIJKL";

  /** A made-up PagerDuty webhook subscription secret, and the one before a rotation. */
  public static final String PD_WEBHOOK_SECRET = "pd-webhook-test-secret-0123456789";

  public static final String OLD_PD_WEBHOOK_SECRET = "pd-webhook-old-secret-9876543210";

  public static final String SCENARIO = "cloud-config-backup-exposure";

  public static WireMockServer wireMock;

  @Override
  public Map<String, String> start() {
    wireMock =
        new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    wireMock.start();
    String base = "http://127.0.0.1:" + wireMock.port();
    Map<String, String> config = new HashMap<>();
    source(config, "splunk", "splunk", SPLUNK_SECRET + "," + OLD_SPLUNK_SECRET);
    config.put("irp.alerts.sources.splunk.organization-field", "result.customer");
    config.put("irp.alerts.sources.splunk.severity-map.p1", "critical");
    source(config, "elastic", "elastic", SIEM_SECRET);
    config.put("irp.alerts.sources.elastic.organization", "acme");
    source(config, "sentinel", "sentinel", SIEM_SECRET);
    config.put("irp.alerts.sources.sentinel.organization", "acme");
    config.put("irp.alerts.sources.sentinel.severity-map.informational", "low");
    source(config, "generic", "generic", SIEM_SECRET);
    source(config, "limited", "generic", SIEM_SECRET);
    config.put("irp.alerts.sources.limited.organization", "acme");
    config.put("irp.alerts.sources.limited.rate-limit", "2");
    config.put("irp.alerts.organizations.acme.name", "Acme KK");
    config.put("irp.alerts.organizations.acme.employees", "20");
    config.put("irp.alerts.organizations.acme.jurisdictions", "JP");
    config.put("irp.alerts.organizations.acme.locale", "ja");
    config.put("irp.alerts.organizations.globex.name", "Globex GmbH");
    config.put("irp.alerts.organizations.globex.employees", "900");
    config.put("irp.alerts.organizations.globex.jurisdictions", "EU");
    config.put("irp.notify.allow-hosts", "127.0.0.1");
    config.put("irp.notify.allow-hosts", "127.0.0.1");
    config.put("irp.notify.channels.teams.type", "teams");
    config.put("irp.notify.channels.teams.url", base + "/teams/workflow");
    config.put("irp.notify.channels.pager.type", "pagerduty");
    config.put("irp.notify.channels.pager.url", base + "/v2/enqueue");
    config.put("irp.notify.channels.pager.secret", ROUTING_KEY);
    config.put("irp.paging.channels", "pager");
    config.put("irp.paging.webhook-secrets", PD_WEBHOOK_SECRET + "," + OLD_PD_WEBHOOK_SECRET);
    // The test runs the paging pass itself.
    config.put("irp.paging.check-interval", "off");
    return config;
  }

  private static void source(Map<String, String> config, String name, String format, String s) {
    config.put("irp.alerts.sources." + name + ".format", format);
    config.put("irp.alerts.sources." + name + ".secret", s);
    config.put("irp.alerts.sources." + name + ".scenario", SCENARIO);
  }

  private static String secret(String text) {
    return "whsec_" + Base64.getEncoder().encodeToString(text.getBytes());
  }

  @Override
  public void stop() {
    if (wireMock != null) {
      wireMock.stop();
    }
  }
}
