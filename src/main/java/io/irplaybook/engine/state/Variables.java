package io.irplaybook.engine.state;

import java.util.Collection;
import java.util.Map;

/** Read-only view of the variables, by the scope (element instance) that defines them. */
public interface Variables {

  /** Variables defined on exactly this scope. */
  Map<String, Object> local(long scopeKey);

  /** Every variable visible from a scope: its own first, then each enclosing scope's. */
  Map<String, Object> visible(long scopeKey);

  /** The nearest scope, from {@code scopeKey} outwards, that defines the variable; -1 if none. */
  long scopeDefining(long scopeKey, String name);

  /** The key of a variable on exactly this scope, or 0 when it has none. */
  long key(long scopeKey, String name);

  /** Keys of the scopes that hold variables. */
  Collection<Long> scopes();
}
