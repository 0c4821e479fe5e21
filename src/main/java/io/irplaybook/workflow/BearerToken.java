package io.irplaybook.workflow;

import io.camunda.client.CredentialsProvider;

/**
 * Presents a static bearer token on every call, the credential the embedded engine asks for when it
 * listens beyond loopback (and that a gateway behind a token-checking proxy would ask for too).
 */
final class BearerToken implements CredentialsProvider {

  private final String token;

  BearerToken(String token) {
    if (token.isBlank()) {
      throw new IllegalArgumentException(
          "Expected irp.camunda.token to hold the gateway's token, but it is blank");
    }
    this.token = token;
  }

  @Override
  public void applyCredentials(CredentialsApplier applier) {
    applier.put("Authorization", "Bearer " + token);
  }

  @Override
  public boolean shouldRetryRequest(StatusCode statusCode) {
    // A static token does not change between attempts: retrying a refused call cannot succeed.
    return false;
  }

  @Override
  public String toString() {
    return "BearerToken[****]"; // never the token itself, should the client ever log its provider
  }
}
