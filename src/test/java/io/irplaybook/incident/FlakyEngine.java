package io.irplaybook.incident;

import io.irplaybook.incident.service.EngineUnavailableException;
import io.irplaybook.incident.service.IncidentEngine;
import io.irplaybook.incident.service.TierDecision;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The real engine bean behind a switch: while down, every call fails as an unreachable gateway does. */
class FlakyEngine extends IncidentEngine {

  private final IncidentEngine real;
  volatile boolean down = true;
  final List<Object> startedIncidents = new CopyOnWriteArrayList<>();

  FlakyEngine(IncidentEngine real) {
    super(null, null);
    this.real = real;
  }

  @Override
  public TierDecision decide(Map<String, Object> variables) {
    failWhileDown();
    return real.decide(variables);
  }

  @Override
  public long start(Map<String, Object> variables) {
    failWhileDown();
    long key = real.start(variables);
    startedIncidents.add(variables.get("incidentId"));
    return key;
  }

  @Override
  public void cancel(long processInstanceKey) {
    failWhileDown();
    real.cancel(processInstanceKey);
  }

  private void failWhileDown() {
    if (down) {
      throw new EngineUnavailableException("UNAVAILABLE: io exception (simulated: gateway unreachable)", null);
    }
  }
}
