package io.irplaybook.engine.access;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

/**
 * Refuses every gRPC call that does not carry an accepted credential, before the call reaches the
 * gateway service: {@code UNAUTHENTICATED}, as Zeebe answers a missing or wrong credential.
 */
public final class GatewayAuthentication implements ServerInterceptor {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final GatewayCredential credential;

  public GatewayAuthentication(GatewayCredential credential) {
    this.credential = credential;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    if (credential.admits(headers.get(AUTHORIZATION))) {
      return next.startCall(call, headers);
    }
    call.close(
        Status.UNAUTHENTICATED.withDescription(
            "Expected the header 'Authorization: "
                + credential.expected()
                + "', but "
                + (headers.containsKey(AUTHORIZATION)
                    ? "the credential presented is not one the gateway accepts"
                    : "the call carried no credential")),
        new Metadata());
    return new ServerCall.Listener<>() {};
  }
}
