package io.irplaybook.audit.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.audit.service.CanonicalJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signed checkpoint of the audit trail: one line {@code {"checkpoint":{"version":1,"seq":...,
 * "hash":"...","recordedAt":"...","createdAt":"...","algorithm":"Ed25519","publicKey":"...",
 * "signature":"..."}}}, the signature over the canonical JSON of the object without it (the same
 * rule as an export manifest).
 *
 * @param seq the last record the checkpoint anchors
 * @param hash that record's hash
 * @param recordedAt that record's time, as written
 * @param createdAt when the checkpoint was taken, as written
 * @param source the file it was read from, or another name for where it came from
 */
public record Checkpoint(
    long seq, String hash, String recordedAt, String createdAt, String source) {

  private static final TypeReference<LinkedHashMap<String, Object>> OBJECT =
      new TypeReference<>() {};
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** The unsigned members of a checkpoint's object, in the order they are written. */
  public static Map<String, Object> unsigned(
      long seq, String hash, String recordedAt, String createdAt) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("version", 1L);
    fields.put("seq", seq);
    fields.put("hash", hash);
    fields.put("recordedAt", recordedAt);
    fields.put("createdAt", createdAt);
    return fields;
  }

  /** Reads a checkpoint file and checks its signature with {@code key}. */
  public static Checkpoint read(Path file, PublicKey key) throws InvalidCheckpoint {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), key, file.toString());
    } catch (IOException e) {
      throw new InvalidCheckpoint(file + " cannot be read: " + e.getMessage());
    }
  }

  /** Parses one checkpoint document and checks its signature with {@code key}. */
  public static Checkpoint parse(String document, PublicKey key, String source)
      throws InvalidCheckpoint {
    Map<String, Object> fields;
    try {
      Object inner = JSON.readValue(document.trim(), OBJECT).get("checkpoint");
      fields = inner instanceof Map<?, ?> map ? copy(map) : null;
    } catch (IOException | RuntimeException e) {
      fields = null;
    }
    if (fields == null) {
      throw new InvalidCheckpoint(
          "Expected " + source + " to hold {\"checkpoint\":{...}}, but it is missing or not JSON");
    }
    Object signature = fields.remove("signature");
    boolean valid;
    try {
      valid =
          signature instanceof String s
              && Ed25519Keys.verify(
                  key,
                  CanonicalJson.write(fields).getBytes(StandardCharsets.UTF_8),
                  Base64.getDecoder().decode(s));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      valid = false;
    }
    if (!valid) {
      throw new InvalidCheckpoint(
          "The signature of "
              + source
              + " does not verify with the given public key: it was changed, or it was signed"
              + " with another key (it names public key "
              + fields.get("publicKey")
              + ")");
    }
    if (!(fields.get("seq") instanceof Number seq)
        || !(fields.get("hash") instanceof String hash)) {
      throw new InvalidCheckpoint(
          "Expected " + source + " to name a seq and a hash, but it does not");
    }
    return new Checkpoint(
        seq.longValue(),
        hash,
        String.valueOf(fields.get("recordedAt")),
        String.valueOf(fields.get("createdAt")),
        source);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<?, ?> map) {
    return new LinkedHashMap<>((Map<String, Object>) map);
  }

  /** A checkpoint that does not parse or whose signature fails; the message says which. */
  public static final class InvalidCheckpoint extends Exception {
    public InvalidCheckpoint(String message) {
      super(message);
    }
  }
}
