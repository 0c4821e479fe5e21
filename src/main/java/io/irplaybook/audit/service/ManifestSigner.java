package io.irplaybook.audit.service;

import io.irplaybook.audit.config.AuditConfig;
import io.irplaybook.audit.verify.Ed25519Keys;
import io.irplaybook.platform.ServiceConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Signs export manifests and checkpoints with Ed25519. The private key comes from {@code
 * irp.audit.signing-key}; only the public key is ever logged or exported. A production start
 * without the key is refused: a key generated at start-up would make every export and checkpoint
 * unverifiable after the next restart.
 */
@ApplicationScoped
public class ManifestSigner {

  private static final Logger LOG = Logger.getLogger(ManifestSigner.class);

  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final boolean generated;

  public ManifestSigner(AuditConfig config) throws GeneralSecurityException {
    if (config.signingKey().isPresent() && !config.signingKey().get().isBlank()) {
      try {
        privateKey = Ed25519Keys.privateKey(config.signingKey().get());
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        // Never the key itself in the message: it is a secret.
        throw new IllegalStateException(
            "irp.audit.signing-key is not an Ed25519 private key; set it to base64 of the"
                + " PKCS#8 DER form (openssl genpkey -algorithm ed25519 -outform DER | base64 -w0)");
      }
      publicKey = publicKeyOf(privateKey);
      generated = false;
    } else {
      var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      privateKey = pair.getPrivate();
      publicKey = pair.getPublic();
      generated = true;
    }
  }

  void logPublicKey(@Observes StartupEvent event, ServiceConfig service) {
    requireConfiguredKey(LaunchMode.current(), service.enabled());
    if (generated) {
      LOG.warnf(
          "irp.audit.signing-key is not set: exports and checkpoints are signed with a key generated"
              + " at start-up, so they are unverifiable across restarts and differ between"
              + " replicas. Public key: %s",
          publicKeyBase64());
    } else {
      LOG.infof(
          "Audit export manifests are signed with Ed25519 public key %s (checkpoints too)",
          publicKeyBase64());
    }
  }

  /**
   * Refuses a production start (launch mode normal) of an instance that does the service's work
   * without a configured key; dev and test may sign with a generated one. An engine-only instance
   * ({@code irp.service.enabled=false}) signs nothing.
   */
  void requireConfiguredKey(LaunchMode mode, boolean serviceEnabled) {
    if (generated && mode == LaunchMode.NORMAL && serviceEnabled) {
      throw new IllegalStateException(
          "Set irp.audit.signing-key (environment variable IRP_AUDIT_SIGNING_KEY, from a Secret) to"
              + " an Ed25519 private key, e.g. the output of openssl genpkey -algorithm ed25519"
              + " -outform DER | base64 -w0: without it, audit exports and checkpoints would be"
              + " signed with a key that changes at every restart, so the service does not start.");
    }
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  public String publicKeyBase64() {
    return Ed25519Keys.encode(publicKey);
  }

  /**
   * The manifest with {@code algorithm}, {@code publicKey} and {@code signature} over its canonical
   * JSON.
   */
  public Map<String, Object> sign(Map<String, Object> manifest) {
    Map<String, Object> signed = new LinkedHashMap<>(manifest);
    signed.put("algorithm", "Ed25519");
    signed.put("publicKey", publicKeyBase64());
    try {
      byte[] sig =
          Ed25519Keys.sign(
              privateKey, CanonicalJson.write(signed).getBytes(StandardCharsets.UTF_8));
      signed.put("signature", Base64.getEncoder().encodeToString(sig));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not sign the export manifest", e);
    }
    return signed;
  }

  private static PublicKey publicKeyOf(PrivateKey key) throws GeneralSecurityException {
    // The JDK derives no public key from a private one; the PKCS#8 v1 form lacks it, so sign and
    // recover it through the EdDSA point multiplication that KeyPairGenerator does with a fixed
    // seed.
    byte[] encoded = key.getEncoded();
    byte[] seed = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    var generator = KeyPairGenerator.getInstance("Ed25519");
    generator.initialize(new NamedParameterSpec("Ed25519"), new FixedSeed(seed));
    return generator.generateKeyPair().getPublic();
  }

  /** Hands KeyPairGenerator the existing seed, so it derives the key pair of the configured key. */
  private static final class FixedSeed extends SecureRandom {
    private final byte[] seed;

    FixedSeed(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      System.arraycopy(seed, 0, bytes, 0, Math.min(bytes.length, seed.length));
    }
  }
}
