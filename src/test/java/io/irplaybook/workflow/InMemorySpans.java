package io.irplaybook.workflow;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Keeps finished spans in memory for the tracing tests. Quarkus adds every {@link SpanProcessor}
 * bean to its tracer provider; with the SDK disabled (every other test profile) nothing reaches it.
 */
public class InMemorySpans {

  @Produces
  @Singleton
  InMemorySpanExporter exporter() {
    return InMemorySpanExporter.create();
  }

  @Produces
  @Singleton
  SpanProcessor keepInMemory(InMemorySpanExporter exporter) {
    return SimpleSpanProcessor.create(exporter);
  }
}
