package io.irplaybook.incident;

import io.irplaybook.incident.service.EngineUnavailableException;
import io.irplaybook.incident.service.IncidentEngine;
import io.irplaybook.incident.service.TierDecision;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real engine bean behind switches: while down, every call fails as an unreachable gateway
 * does; a crash switch makes a start fail with an unexpected error before or after it reaches the
 * engine, as a replica dying mid-start leaves it.
 */
class FlakyEngine extends IncidentEngine {

  private final IncidentEngine real;
  volatile boolean down = true;
  volatile boolean crashBeforeCreate;
  volatile boolean crashAfterCreate;
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
    if (crashBeforeCreate) {
      throw new IllegalStateException("simulated crash before CreateProcessInstance");
    }
    long key = real.start(variables);
    startedIncidents.add(variables.get("incidentId"));
    if (crashAfterCreate) {
      throw new IllegalStateException("simulated crash after CreateProcessInstance");
    }
    return key;
  }

  @Override
  public List<Long> instancesOf(String incidentId) {
    failWhileDown();
    return real.instancesOf(incidentId);
  }

  @Override
  public void cancel(long processInstanceKey) {
    failWhileDown();
    real.cancel(processInstanceKey);
  }

  private void failWhileDown() {
    if (down) {
      throw new EngineUnavailableException(
          "UNAVAILABLE: io exception (simulated: gateway unreachable)", null);
    }
  }
}
