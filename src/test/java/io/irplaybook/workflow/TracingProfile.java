package io.irplaybook.workflow;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Tracing switched on (it is off by default: quarkus.otel.sdk.disabled), spans kept in memory by
 * {@link InMemorySpans} instead of being exported over OTLP.
 */
public class TracingProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("quarkus.otel.sdk.disabled", "false");
  }
}
