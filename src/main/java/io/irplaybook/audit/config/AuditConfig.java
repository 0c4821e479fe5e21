package io.irplaybook.audit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** The audit trail: export and checkpoint signing, checkpoints, and what counts as a secret. */
@ConfigMapping(prefix = "irp.audit")
public interface AuditConfig {

  /**
   * Ed25519 private key that signs export manifests and checkpoints: base64 of the PKCS#8 DER form
   * (what {@code openssl genpkey -algorithm ed25519 -outform DER | base64 -w0} prints), a PEM
   * block, or a base64 32-byte seed. A secret: set it from the environment ({@code
   * IRP_AUDIT_SIGNING_KEY}). Required in production: without it the service refuses to start. In
   * the dev and test profiles a key is generated at start-up and only its public key is logged, so
   * exports and checkpoints are then unverifiable across restarts and replicas.
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

  /** Signed checkpoints of the chain's head, written outside the database. */
  Checkpoint checkpoint();

  /**
   * Checkpoints anchor the trail outside the database: each names the last record's seq, hash and
   * time, signed with {@link #signingKey()}. {@code GET /api/audit/verify} compares the table with
   * the latest one, so deleting the newest rows or rewriting and re-hashing the chain shows even
   * though the rest of the chain is self-consistent (docs/audit.md, "Checkpoints").
   */
  interface Checkpoint {

    /**
     * Directory that receives one file per checkpoint, never overwritten and fsynced; meant for
     * write-once storage (an object-lock bucket mount, a WORM share) that the database's owner
     * cannot change. No default: checkpoints are off until it is set.
     */
    Optional<Path> directory();

    /**
     * How often a checkpoint is taken when the trail has grown since the last one (a Quarkus
     * scheduler duration such as {@code 1m} or {@code 30s}; {@code off} leaves only the one at
     * shutdown). Records appended after the latest checkpoint are not anchored yet, so this bounds
     * how much of the trail's tail a deletion can remove unnoticed.
     */
    @WithDefault("1m")
    String interval();
  }
}
