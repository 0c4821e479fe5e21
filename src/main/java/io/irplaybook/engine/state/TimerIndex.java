package io.irplaybook.engine.state;

import java.util.Collection;

/** Read-only view of the scheduled timers, for processors and the due-work tick. */
public interface TimerIndex {

  Timer timer(long key);

  /** The timer due first, if it is due at {@code now} or earlier; null otherwise. */
  Timer firstDue(long now);

  /** Timers waiting on an element instance (its own, and those of its boundary events). */
  Collection<Timer> ofElementInstance(long elementInstanceKey);
}
