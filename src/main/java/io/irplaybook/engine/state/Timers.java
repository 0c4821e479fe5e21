package io.irplaybook.engine.state;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The scheduled timers, kept sorted by due date: the tick, every 50 ms, only looks at the head of
 * the set instead of scanning every timer. Changed by timer events only.
 */
public final class Timers implements TimerIndex {

  private final Map<Long, Timer> byKey = new HashMap<>();
  private final TreeSet<Timer> byDueDate =
      new TreeSet<>(Comparator.comparingLong(Timer::dueDate).thenComparingLong(Timer::key));
  private final Map<Long, Map<Long, Timer>> byElementInstance = new HashMap<>();

  public void put(Timer timer) {
    byKey.put(timer.key(), timer);
    byDueDate.add(timer);
    byElementInstance
        .computeIfAbsent(timer.elementInstanceKey(), k -> new LinkedHashMap<>())
        .put(timer.key(), timer);
  }

  public void remove(long key) {
    Timer timer = byKey.remove(key);
    if (timer == null) {
      return;
    }
    byDueDate.remove(timer);
    Map<Long, Timer> ofInstance = byElementInstance.get(timer.elementInstanceKey());
    if (ofInstance != null) {
      ofInstance.remove(key);
      if (ofInstance.isEmpty()) {
        byElementInstance.remove(timer.elementInstanceKey());
      }
    }
  }

  void clear() {
    byKey.clear();
    byDueDate.clear();
    byElementInstance.clear();
  }

  @Override
  public Timer timer(long key) {
    return byKey.get(key);
  }

  @Override
  public Timer firstDue(long now) {
    if (byDueDate.isEmpty()) {
      return null;
    }
    Timer first = byDueDate.first();
    return first.dueDate() <= now ? first : null;
  }

  @Override
  public Collection<Timer> ofElementInstance(long elementInstanceKey) {
    Map<Long, Timer> ofInstance = byElementInstance.get(elementInstanceKey);
    return ofInstance == null ? List.of() : List.copyOf(ofInstance.values());
  }
}
