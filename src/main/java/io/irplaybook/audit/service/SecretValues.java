package io.irplaybook.audit.service;

import io.irplaybook.audit.config.AuditConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * The values of every configuration property whose name says it is a secret (webhook URLs, SMTP
 * passwords, OAuth client secrets, the signing key). The trail redacts these values wherever a
 * feature passes them in by mistake, so they can never reach the table, an export or a log line.
 */
@ApplicationScoped
public class SecretValues {

  /** Shorter values ("sa", "true") would redact ordinary words. */
  static final int MIN_LENGTH = 8;

  private final Pattern secretName;
  private final DetailsNormalizer normalizer;

  @Inject
  public SecretValues(Config config, AuditConfig auditConfig) {
    this.secretName = Pattern.compile(auditConfig.secretPattern());
    Set<String> values = new LinkedHashSet<>();
    for (String name : config.getPropertyNames()) {
      if (!secretName.matcher(name).find() || name.endsWith("audit.secret-pattern")) {
        continue;
      }
      try {
        config
            .getOptionalValue(name, String.class)
            .filter(value -> value.length() >= MIN_LENGTH)
            .ifPresent(values::add);
      } catch (RuntimeException unresolvable) {
        // A property whose expression cannot be expanded holds nothing we could leak.
      }
    }
    this.normalizer = new DetailsNormalizer(secretName, values);
  }

  public DetailsNormalizer normalizer() {
    return normalizer;
  }
}
