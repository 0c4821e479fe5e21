package io.irplaybook.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The optional monitoring component (k8s/components/monitoring): its alerts and dashboard use only
 * metrics docs/metrics.md documents (so a renamed metric cannot silently blank a panel or mute an
 * alert), its ServiceMonitor reaches the management port, and the dashboard is well-formed Grafana
 * JSON.
 */
class MonitoringComponentTest {

  private static final Path COMPONENT = Path.of("k8s", "components", "monitoring");
  private static final Pattern METRIC =
      Pattern.compile("\\b(irp_[a-z0-9_]+|camunda_client_worker_[a-z_]+)\\b");

  @Test
  void shouldAlertAndChartOnlyOnDocumentedMetrics() throws IOException {
    // given
    Set<String> documented = metricNames(Files.readString(Path.of("docs", "metrics.md")));
    List<String> expressions = new ArrayList<>(alertExpressions());
    expressions.addAll(dashboardExpressions());

    // when
    Set<String> used = new TreeSet<>();
    expressions.forEach(e -> used.addAll(metricNames(e)));

    // then
    assertThat(used).isNotEmpty().isSubsetOf(documented);
    assertThat(used)
        .as("the alerts the operations issue asks for have their metrics")
        .contains(
            "irp_outbox_oldest_pending_age_seconds",
            "irp_outbox_dead",
            "irp_steps_overdue",
            "irp_regulator_deadlines_due_12h",
            "irp_engine_command_backlog",
            "irp_audit_last_checkpoint_age_seconds");
  }

  @Test
  void shouldScrapeTheManagementPortOfTheServicesPods() {
    // given
    Map<String, Object> service = yaml("service-management.yaml");
    Map<String, Object> monitor = yaml("servicemonitor.yaml");
    Rendered deployment = new Rendered(Kustomize.render(Path.of("k8s", "overlays", "embedded")));

    // then the monitor selects the management Service by its labels and names its port...
    Map<String, Object> selector = Rendered.map(monitor, "spec", "selector", "matchLabels");
    Map<String, Object> labels = Rendered.map(service, "metadata", "labels");
    assertThat(labels).containsAllEntriesOf(selector);
    List<?> endpoints = (List<?>) ((Map<?, ?>) monitor.get("spec")).get("endpoints");
    Map<?, ?> port = (Map<?, ?>) ((List<?>) ((Map<?, ?>) service.get("spec")).get("ports")).get(0);
    assertThat(endpoints)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(((Map<?, ?>) e).get("port")).isEqualTo(port.get("name"));
              assertThat(((Map<?, ?>) e).get("path")).isEqualTo("/q/metrics");
            });
    // ...whose target is a named port of the application's container
    assertThat(Rendered.maps(deployment.container(), "ports"))
        .anySatisfy(
            p -> {
              assertThat(p.get("name")).isEqualTo(port.get("targetPort"));
              assertThat(p.get("containerPort")).isEqualTo(port.get("port"));
            });
  }

  @Test
  void shouldGiveEveryDashboardPanelAUniqueIdAPlaceOnTheGridAndAPrometheusQuery()
      throws IOException {
    // given
    JsonNode dashboard =
        new ObjectMapper().readTree(COMPONENT.resolve("grafana-dashboard.json").toFile());

    // then
    assertThat(dashboard.path("uid").asText()).isNotBlank();
    assertThat(dashboard.path("schemaVersion").asInt()).isPositive();
    Set<Integer> ids = new HashSet<>();
    for (JsonNode panel : dashboard.path("panels")) {
      assertThat(ids.add(panel.path("id").asInt())).as("unique id %s", panel.path("id")).isTrue();
      JsonNode grid = panel.path("gridPos");
      assertThat(grid.path("x").asInt() + grid.path("w").asInt())
          .as("panel '%s' fits 24 columns", panel.path("title").asText())
          .isBetween(1, 24);
      if (!panel.path("type").asText().equals("row")) {
        assertThat(panel.path("targets"))
            .as("queries of '%s'", panel.path("title").asText())
            .isNotEmpty()
            .allSatisfy(t -> assertThat(t.path("expr").asText()).isNotBlank());
      }
    }
  }

  @Test
  void shouldRenderWithAnOverlayThroughKubectl() throws IOException {
    // given an overlay that adds the component, as the component's own comment tells users to
    Path overlay = Files.createDirectories(Path.of("target", "monitoring-overlay"));
    Files.writeString(
        overlay.resolve("kustomization.yaml"),
        """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources:
          - ../../k8s/overlays/embedded
        components:
          - ../../k8s/components/monitoring
        """);
    String rendered = Kustomize.kubectlOutput(overlay);
    assumeTrue(rendered != null, "kubectl kustomize is not available");

    // then
    assertThat(Kustomize.documents(rendered))
        .extracting(d -> d.get("kind") + "/" + ((Map<?, ?>) d.get("metadata")).get("name"))
        .contains(
            "ServiceMonitor/ir-playbook-runner",
            "PrometheusRule/ir-playbook-runner",
            "Service/ir-playbook-runner-management",
            "ConfigMap/ir-playbook-runner-dashboard");
  }

  private static List<String> alertExpressions() {
    List<String> result = new ArrayList<>();
    Map<?, ?> spec = (Map<?, ?>) yaml("prometheusrule.yaml").get("spec");
    for (Object group : (List<?>) spec.get("groups")) {
      for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
        result.add(String.valueOf(((Map<?, ?>) rule).get("expr")));
      }
    }
    return result;
  }

  private static List<String> dashboardExpressions() throws IOException {
    List<String> result = new ArrayList<>();
    JsonNode dashboard =
        new ObjectMapper().readTree(COMPONENT.resolve("grafana-dashboard.json").toFile());
    dashboard.findValues("expr").forEach(e -> result.add(e.asText()));
    return result;
  }

  /** Metric names in the text; histogram and timer series are reduced to their base name. */
  private static Set<String> metricNames(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = METRIC.matcher(text);
    while (m.find()) {
      names.add(m.group(1).replaceAll("_(bucket|count|sum)$", ""));
    }
    return names;
  }

  private static Map<String, Object> yaml(String file) {
    return Kustomize.documents(readFile(COMPONENT.resolve(file))).get(0);
  }

  private static String readFile(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
