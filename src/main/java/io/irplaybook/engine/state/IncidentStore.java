package io.irplaybook.engine.state;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The unresolved incidents, oldest first. */
public final class IncidentStore implements Incidents {

  private final Map<Long, Incident> byKey = new LinkedHashMap<>();

  IncidentStore() {}

  public void put(Incident incident) {
    byKey.put(incident.key(), incident);
  }

  public void remove(long key) {
    byKey.remove(key);
  }

  @Override
  public Incident incident(long key) {
    return byKey.get(key);
  }

  @Override
  public List<Incident> of(long elementInstanceKey) {
    return byKey.values().stream()
        .filter(i -> i.elementInstanceKey() == elementInstanceKey)
        .toList();
  }

  @Override
  public Collection<Incident> all() {
    return byKey.values();
  }

  void clear() {
    byKey.clear();
  }
}
