package io.irplaybook.engine.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;

/**
 * One user and password both engine APIs accept as {@code Authorization: Basic
 * base64(user:password)}, which is what a Camunda client with basic authentication sends (the Helm
 * chart's default for Camunda 8.8 Self-Managed).
 */
public final class GatewayBasicAuth implements GatewayCredential {

  /**
   * As for the token: anyone who reaches the port and guesses the password may complete any task,
   * so a short one is refused.
   */
  public static final int MIN_PASSWORD_LENGTH = 16;

  private final byte[] expected;

  private GatewayBasicAuth(String username, String password) {
    String encoded =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.expected = ("Basic " + encoded).getBytes(StandardCharsets.US_ASCII);
  }

  /** The credential, once the user name is usable and the password long enough. */
  public static GatewayBasicAuth of(Credentials credentials) {
    String username = credentials.username();
    if (username.isBlank() || username.contains(":")) {
      throw new IllegalStateException(
          "Expected irp.engine.basic.username to be a user name without ':', but it was '"
              + username
              + "'");
    }
    int length = credentials.password().length();
    if (length < MIN_PASSWORD_LENGTH) {
      throw new IllegalStateException(
          "Expected irp.engine.basic.password to be at least "
              + MIN_PASSWORD_LENGTH
              + " characters, but it has "
              + length
              + ": generate one with `openssl rand -base64 24`");
    }
    return new GatewayBasicAuth(username, credentials.password());
  }

  @Override
  public boolean admits(String authorizationHeader) {
    if (authorizationHeader == null) {
      return false;
    }
    // Constant time, so the comparison does not reveal how much of a guess was right.
    return MessageDigest.isEqual(
        expected, authorizationHeader.strip().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String expected() {
    return "Basic <base64 of irp.engine.basic.username:password>";
  }

  /**
   * A user name and its password, as configured.
   *
   * @param username the user clients present
   * @param password its password (from a Secret)
   */
  public record Credentials(String username, String password) {
    public Credentials {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "Credentials[username=" + username + ", password=****]";
    }
  }
}
