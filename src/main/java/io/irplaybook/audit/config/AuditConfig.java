package io.irplaybook.audit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The audit trail: export signing and what counts as a secret. */
@ConfigMapping(prefix = "irp.audit")
public interface AuditConfig {

  /**
   * Ed25519 private key that signs export manifests: base64 of the PKCS#8 DER form (what {@code
   * openssl genpkey -algorithm ed25519 -outform DER | base64 -w0} prints), a PEM block, or a base64
   * 32-byte seed. A secret: set it from the environment ({@code IRP_AUDIT_SIGNING_KEY}). When
   * unset, a key is generated at start-up and only its public key is logged, so signatures then
   * change with every restart and replica.
   */
  Optional<String> signingKey();

  /**
   * Configuration property names (regular expression, found anywhere in the name) whose values are
   * secrets: those values are replaced by {@code [redacted]} wherever they would enter a record.
   * The same expression applied to detail keys redacts the values under them. Every {@code *.url}
   * property counts too: notification channel URLs (Slack incoming webhooks) carry their secret in
   * the URL.
   */
  @WithDefault(
      "(?i)(password|secret|token|signing-key|private-key|api-key|apikey|credential|webhook-url|authorization|\\.url$)")
  String secretPattern();

  /**
   * Rows fetched per round trip while exporting or verifying; bounds the memory an export needs.
   */
  @WithDefault("1000")
  int fetchSize();
}
