package io.irplaybook.engine.processing;

/** Where a command's answer goes (a gRPC call, in practice). Called once, after the commit. */
public interface Responder<T> {

  void succeed(T response);

  void reject(Rejection rejection);
}
