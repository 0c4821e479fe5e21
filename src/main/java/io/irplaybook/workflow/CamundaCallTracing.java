package io.irplaybook.workflow;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;

/**
 * A client span for each gateway command the service sends on behalf of a request or a job ({@code
 * camunda/CreateProcessInstance}, {@code camunda/CompleteJob}, ...), child of that request's or
 * job's span, with the W3C trace context in the call's metadata for a gateway that reads it.
 *
 * <p>Calls made with no span around them get none: job workers long-poll {@code ActivateJobs} every
 * few hundred milliseconds, and a root trace per poll would bury the traces that matter.
 */
final class CamundaCallTracing implements ClientInterceptor {

  private static final TextMapSetter<Metadata> METADATA_SETTER =
      (metadata, key, value) ->
          metadata.put(Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER), value);

  private final Tracer tracer;
  private final TextMapPropagator propagator;

  CamundaCallTracing(Tracer tracer, TextMapPropagator propagator) {
    this.tracer = tracer;
    this.propagator = propagator;
  }

  @Override
  public <Q, A> ClientCall<Q, A> interceptCall(
      MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
    Context parent = Context.current();
    if (!Span.fromContext(parent).getSpanContext().isValid()) {
      return next.newCall(method, options);
    }
    String rpc = method.getBareMethodName();
    Span span =
        tracer
            .spanBuilder("camunda/" + rpc)
            .setParent(parent)
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute("rpc.system", "grpc")
            .setAttribute("rpc.service", method.getServiceName())
            .setAttribute("rpc.method", rpc)
            .startSpan();
    Context callContext = parent.with(span);
    return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
      @Override
      public void start(Listener<A> listener, Metadata headers) {
        propagator.inject(callContext, headers, METADATA_SETTER);
        super.start(
            new SimpleForwardingClientCallListener<>(listener) {
              @Override
              public void onClose(Status status, Metadata trailers) {
                span.setAttribute("rpc.grpc.status_code", (long) status.getCode().value());
                if (!status.isOk()) {
                  span.setStatus(StatusCode.ERROR, status.getCode().name());
                }
                span.end();
                super.onClose(status, trailers);
              }
            },
            headers);
      }

      @Override
      public void cancel(String message, Throwable cause) {
        span.setStatus(StatusCode.ERROR, "cancelled");
        span.end();
        super.cancel(message, cause);
      }
    };
  }
}
