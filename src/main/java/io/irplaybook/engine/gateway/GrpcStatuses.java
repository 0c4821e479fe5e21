package io.irplaybook.engine.gateway;

import io.grpc.Status;
import io.irplaybook.engine.processing.Rejection;

/** Maps rejections to the gRPC status codes Zeebe's gateway uses for them. */
final class GrpcStatuses {

  private GrpcStatuses() {}

  static Status of(Rejection rejection) {
    Status status =
        switch (rejection.type()) {
          case NOT_FOUND -> Status.NOT_FOUND;
          case INVALID_ARGUMENT -> Status.INVALID_ARGUMENT;
          case INVALID_STATE -> Status.FAILED_PRECONDITION;
          case ALREADY_EXISTS -> Status.ALREADY_EXISTS;
          case UNAVAILABLE -> Status.UNAVAILABLE;
          case INTERNAL -> Status.INTERNAL;
        };
    return status.withDescription(rejection.message());
  }

  static Status unimplemented(String rpc) {
    return Status.UNIMPLEMENTED.withDescription(
        "Expected an RPC the embedded engine implements, but "
            + rpc
            + " is not implemented; see the README for the supported RPCs, or use a Camunda 8 cluster");
  }
}
