package io.irplaybook.security.oidc;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the OIDC tests only where Keycloak is installed, deciding before the application (and with
 * it Keycloak) would start. With {@code IRP_REQUIRE_KEYCLOAK=true} a missing Keycloak fails the run
 * instead, so CI never passes without these tests.
 */
public class KeycloakInstalled implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return KeycloakServer.missing()
        .map(
            reason -> {
              if ("true".equals(System.getenv(KeycloakServer.REQUIRE))) {
                throw new IllegalStateException(
                    KeycloakServer.REQUIRE + "=true, but this OIDC test " + reason);
              }
              return ConditionEvaluationResult.disabled("Skipped: this OIDC test " + reason);
            })
        .orElse(ConditionEvaluationResult.enabled("Keycloak is installed"));
  }
}
