package io.irplaybook.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on how the gateway rejects a command: the gRPC status code and its description. */
public final class Rejections {

  private Rejections() {}

  /**
   * Runs the call, asserts that the gateway answered with the given gRPC status code, and returns
   * the exception so the test can look at the description.
   */
  public static ClientStatusException assertRejected(Status.Code expected, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown)
        .as("Expected the gateway to reject the command with %s, but it was accepted", expected)
        .isNotNull();
    assertThat(thrown)
        .as("Expected a gRPC rejection with %s, but the client raised something else", expected)
        .isInstanceOf(ClientStatusException.class);
    ClientStatusException rejection = (ClientStatusException) thrown;
    assertThat(rejection.getStatusCode())
        .as("gRPC status of the rejection '%s'", rejection.getStatus().getDescription())
        .isEqualTo(expected);
    return rejection;
  }

  /** The description the gateway gave with the status, never null. */
  public static String description(ClientStatusException rejection) {
    String description = rejection.getStatus().getDescription();
    return description == null ? "" : description;
  }
}
