package io.irplaybook.workflow;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stands in for the process environment where a test profile enables it: the variable {@code NAME}
 * is the property {@code irp.test.env.NAME} of the profile. Through configuration, because the
 * profile's own fields live in another class loader than the application's beans.
 */
@Alternative
@Priority(1)
@Singleton
public class ConfigVariables implements EnvironmentVariables {

  static final String PREFIX = "irp.test.env.";

  @Override
  public Optional<String> get(String name) {
    return ConfigProvider.getConfig()
        .getOptionalValue(PREFIX + name, String.class)
        .filter(value -> !value.isBlank());
  }
}
