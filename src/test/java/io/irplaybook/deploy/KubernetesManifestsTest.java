package io.irplaybook.deploy;

import static io.irplaybook.deploy.Rendered.at;
import static io.irplaybook.deploy.Rendered.list;
import static io.irplaybook.deploy.Rendered.map;
import static io.irplaybook.deploy.Rendered.maps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both overlays in k8s/ render, and keep the production invariants of issue 9. */
class KubernetesManifestsTest {

  /**
   * DNS, PostgreSQL, HTTPS and SMTP notification endpoints, and the Zeebe gateway (gRPC,
   * REST/Keycloak).
   */
  private static final Set<Integer> ALLOWED_EGRESS_PORTS =
      Set.of(53, 5432, 443, 587, 465, 26500, 8080);

  private static Rendered render(String overlay) {
    return new Rendered(Kustomize.render(Path.of("k8s", "overlays", overlay)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"embedded", "camunda"})
  void shouldProbeTheHealthEndpointsOfQuarkus(String overlay) {
    // given
    Map<String, Object> container = render(overlay).container();

    // when / then
    assertThat(at(container, "startupProbe", "httpGet", "path")).isEqualTo("/q/health/started");
    assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/q/health/ready");
    assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/q/health/live");
    // on the management interface, where production serves them (issue 16, point 6)
    for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
      assertThat(at(container, probe, "httpGet", "port")).isEqualTo("management");
    }
    assertThat(maps(container, "ports"))
        .anySatisfy(
            port -> {
              assertThat(port.get("name")).isEqualTo("management");
              assertThat(port.get("containerPort")).isEqualTo(9000);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"embedded", "camunda"})
  void shouldRequestAndLimitResources(String overlay) {
    // given
    Map<String, Object> resources = map(render(overlay).container(), "resources");

    // when / then
    assertThat(map(resources, "requests")).containsKeys("cpu", "memory");
    assertThat(map(resources, "limits")).containsKeys("cpu", "memory");
  }

  @ParameterizedTest
  @ValueSource(strings = {"embedded", "camunda"})
  void shouldRunAsNonRootOnAReadOnlyRootFilesystemWithoutAServiceAccountToken(String overlay) {
    // given
    Rendered rendered = render(overlay);
    Map<String, Object> pod = rendered.podSpec();
    Map<String, Object> container = rendered.container();

    // when / then
    assertThat(pod).containsEntry("automountServiceAccountToken", false);
    assertThat(map(pod, "securityContext"))
        .containsEntry("runAsNonRoot", true)
        .containsEntry("runAsUser", 185);
    assertThat(map(container, "securityContext"))
        .containsEntry("readOnlyRootFilesystem", true)
        .containsEntry("allowPrivilegeEscalation", false);
    assertThat(at(container, "securityContext", "capabilities", "drop")).isEqualTo(List.of("ALL"));
    // the only writable place is an emptyDir on /tmp
    assertThat(maps(container, "volumeMounts"))
        .extracting(m -> m.get("mountPath"))
        .containsExactly("/tmp");
    assertThat(maps(pod, "volumes"))
        .allSatisfy(volume -> assertThat(volume).containsKey("emptyDir"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"embedded", "camunda"})
  void shouldOnlyReferToSecretsAndNeverHoldSecretValues(String overlay) {
    // given
    Rendered rendered = render(overlay);
    Map<String, Object> container = rendered.container();

    // when / then no Secret object is rendered at all
    assertThat(rendered.all("Secret")).isEmpty();
    // and every environment variable is plain configuration or a reference to a Secret or ConfigMap
    assertThat(maps(container, "env"))
        .allSatisfy(
            env -> {
              if (env.containsKey("valueFrom")) {
                assertThat(map(env, "valueFrom"))
                    .containsAnyOf(
                        Map.entry("secretKeyRef", map(env, "valueFrom", "secretKeyRef")),
                        Map.entry("configMapKeyRef", map(env, "valueFrom", "configMapKeyRef")));
              } else {
                assertThat(env.get("name").toString())
                    .doesNotContainIgnoringCase("password")
                    .doesNotContainIgnoringCase("secret");
              }
            });
    assertThat(maps(container, "envFrom"))
        .allSatisfy(
            from ->
                assertThat(from)
                    .containsAnyOf(
                        Map.entry("configMapRef", map(from, "configMapRef")),
                        Map.entry("secretRef", map(from, "secretRef"))));
    // and the ConfigMap holds no password, secret, token or key
    assertThat(map(rendered.single("ConfigMap"), "data").keySet())
        .noneMatch(key -> key.matches("(?i).*(PASSWORD|SECRET|TOKEN|PRIVATE_KEY|WEBHOOK_URL).*"));
    assertThat(at(container, "env"))
        .asString()
        .contains("QUARKUS_DATASOURCE_PASSWORD", "IRP_AUDIT_SIGNING_KEY", "IRP_ADMIN_PASSWORD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"embedded", "camunda"})
  void shouldExposeAServiceAndBudgetDisruptions(String overlay) {
    // given
    Rendered rendered = render(overlay);
    Object podLabels = at(rendered.single("Deployment"), "spec", "template", "metadata", "labels");

    // when / then
    assertThat(at(rendered.single("Service"), "spec", "selector")).isEqualTo(podLabels);
    assertThat(maps(rendered.single("Service"), "spec", "ports"))
        .as("the management port (health, metrics, OpenAPI) is never exposed by the Service")
        .noneMatch(port -> "management".equals(port.get("targetPort")))
        .noneMatch(port -> Integer.valueOf(9000).equals(port.get("targetPort")));
    assertThat(at(rendered.single("PodDisruptionBudget"), "spec", "selector", "matchLabels"))
        .isEqualTo(podLabels);
  }

  @ParameterizedTest
  @ValueSource(strings = {"embedded", "camunda"})
  void shouldAllowEgressOnlyToDnsPostgresqlTheZeebeGatewayAndNotificationEndpoints(String overlay) {
    // given
    List<Map<String, Object>> policies = render(overlay).all("NetworkPolicy");

    // when
    List<Integer> egressPorts =
        policies.stream()
            .flatMap(policy -> maps(policy, "spec", "egress").stream())
            .flatMap(
                rule -> {
                  assertThat(maps(rule, "ports"))
                      .as("an egress rule without ports allows every port")
                      .isNotEmpty();
                  return maps(rule, "ports").stream();
                })
            .map(port -> (Integer) port.get("port"))
            .toList();

    // then every pod is covered by a policy restricting egress, and only those ports are reachable
    assertThat(policies)
        .anySatisfy(policy -> assertThat(list(policy, "spec", "policyTypes")).contains("Egress"));
    assertThat(egressPorts).contains(53, 5432, 443).allMatch(ALLOWED_EGRESS_PORTS::contains);
    // and the public egress never reaches the cloud metadata address
    assertThat(
            policies.stream()
                .flatMap(p -> maps(p, "spec", "egress").stream())
                .flatMap(r -> maps(r, "to").stream())
                .filter(to -> to.containsKey("ipBlock")))
        .allSatisfy(to -> assertThat(list(to, "ipBlock", "except")).contains("169.254.0.0/16"));
  }

  @Test
  void shouldRunTheEmbeddedEngineInExactlyOneReplicaThatIsStoppedBeforeItsSuccessorStarts() {
    // given
    Rendered embedded = render("embedded");

    // when / then
    assertThat(at(embedded.single("Deployment"), "spec", "replicas")).isEqualTo(1);
    assertThat(at(embedded.single("Deployment"), "spec", "strategy", "type")).isEqualTo("Recreate");
    assertThat(embedded.config("IRP_ENGINE_ENABLED")).isEqualTo("true");
    assertThat(embedded.all("HorizontalPodAutoscaler")).isEmpty();
  }

  @Test
  void shouldScaleSeveralReplicasOnAnExternalZeebeGatewayWithOAuthFromASecret() {
    // given
    Rendered camunda = render("camunda");

    // when
    Map<String, Object> hpa = camunda.single("HorizontalPodAutoscaler");

    // then
    assertThat(at(hpa, "spec", "scaleTargetRef", "name"))
        .isEqualTo(at(camunda.single("Deployment"), "metadata", "name"));
    assertThat((Integer) at(hpa, "spec", "minReplicas")).isGreaterThanOrEqualTo(2);
    assertThat(at(camunda.single("PodDisruptionBudget"), "spec", "minAvailable")).isEqualTo(1);
    assertThat(camunda.config("IRP_ENGINE_ENABLED")).isEqualTo("false");
    assertThat(camunda.config("IRP_CAMUNDA_GRPC_ADDRESS")).contains(":26500");
    assertThat(maps(camunda.container(), "env"))
        .anySatisfy(
            env ->
                assertThat(env)
                    .containsEntry("name", "IRP_CAMUNDA_OAUTH_CLIENT_SECRET")
                    .containsKey("valueFrom"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"embedded", "camunda"})
  void shouldRenderTheSameWithTheSubsetRendererAsWithKubectl(String overlay) {
    // given kubectl on this machine (the other tests then render with it; this one checks the
    // fallback)
    Path dir = Path.of("k8s", "overlays", overlay);
    String kubectl = Kustomize.kubectlOutput(dir);
    assumeTrue(kubectl != null, "kubectl kustomize is not available");

    // when
    List<Map<String, Object>> subset = Kustomize.renderSubset(dir);

    // then the same objects, whatever their order
    assertThat(subset)
        .containsExactlyInAnyOrderElementsOf(
            Stream.of(kubectl).flatMap(k -> Kustomize.documents(k).stream()).toList());
  }
}
