package io.irplaybook.engine.state;

import java.util.HashMap;
import java.util.Map;

/**
 * Which call activity instance started which child process instance, both ways. The link is
 * recorded in the parent's log rows (the child's rows go when the child ends, the parent's stay
 * until the call activity is left), so a replay rebuilds it whenever both sides still run.
 */
final class CallLinks {

  private final Map<Long, Long> childByCallActivity = new HashMap<>();
  private final Map<Long, Long> callActivityByChild = new HashMap<>();

  void link(long callActivityInstanceKey, long childProcessInstanceKey) {
    childByCallActivity.put(callActivityInstanceKey, childProcessInstanceKey);
    callActivityByChild.put(childProcessInstanceKey, callActivityInstanceKey);
  }

  /** Either side ended: the link is of no further use. */
  void forget(long instanceKey) {
    Long child = childByCallActivity.remove(instanceKey);
    if (child != null) {
      callActivityByChild.remove(child);
    }
    Long callActivity = callActivityByChild.remove(instanceKey);
    if (callActivity != null) {
      childByCallActivity.remove(callActivity);
    }
  }

  long childOf(long callActivityInstanceKey) {
    return childByCallActivity.getOrDefault(callActivityInstanceKey, -1L);
  }

  long callActivityOf(long childProcessInstanceKey) {
    return callActivityByChild.getOrDefault(childProcessInstanceKey, -1L);
  }

  void clear() {
    childByCallActivity.clear();
    callActivityByChild.clear();
  }
}
