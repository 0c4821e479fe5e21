package io.irplaybook.engine.state;

import java.util.Collection;
import java.util.List;

/** Read-only view of the unresolved incidents. */
public interface Incidents {

  Incident incident(long key);

  /** The unresolved incidents of one element instance. */
  List<Incident> of(long elementInstanceKey);

  /** Every unresolved incident, oldest first. */
  Collection<Incident> all();
}
