package io.irplaybook.workflow;

import java.util.Map;
import java.util.Optional;

/**
 * Where the Camunda client's standard variables ({@code CAMUNDA_*}, {@code ZEEBE_*}) are read from:
 * the process environment in the service, a map in tests, so no test depends on (or is moved by)
 * the variables of the machine it runs on.
 */
@FunctionalInterface
public interface EnvironmentVariables {

  /** The value of {@code name}, or empty when it is unset or blank (a blank value means unset). */
  Optional<String> get(String name);

  /**
   * The first of {@code names} that is set, with its name, so messages can say which one it was.
   */
  default Optional<Named> first(String... names) {
    for (String name : names) {
      Optional<String> value = get(name);
      if (value.isPresent()) {
        return Optional.of(new Named(name, value.get()));
      }
    }
    return Optional.empty();
  }

  /** A variable's name and value. */
  record Named(String name, String value) {}

  /** The environment of this process. */
  static EnvironmentVariables system() {
    return of(System.getenv());
  }

  /** Exactly these variables. */
  static EnvironmentVariables of(Map<String, String> variables) {
    return name ->
        Optional.ofNullable(variables.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
