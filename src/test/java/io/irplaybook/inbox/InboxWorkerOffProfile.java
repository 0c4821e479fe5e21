package io.irplaybook.inbox;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * For tests that activate user-task jobs themselves (the incident tests look for an incident's
 * first human step that way): without it the inbox's worker would hold every such job for its whole
 * timeout.
 */
public class InboxWorkerOffProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("irp.inbox.worker-enabled", "false");
  }
}
