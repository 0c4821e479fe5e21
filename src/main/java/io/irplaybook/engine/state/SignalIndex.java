package io.irplaybook.engine.state;

import java.util.Collection;

/** Read-only view of the open signal subscriptions. */
public interface SignalIndex {

  /** Open subscriptions for a signal name, oldest first. */
  Collection<SignalSubscription> subscriptions(String signalName);

  Collection<SignalSubscription> subscriptionsOf(long elementInstanceKey);
}
