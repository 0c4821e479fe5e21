package io.irplaybook.inbox;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * For tests that look at the engine's user tasks themselves and want the inbox out of the way (the
 * incident tests read an incident's first human step from the engine).
 */
public class InboxWorkerOffProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("irp.inbox.poll-enabled", "false");
  }
}
