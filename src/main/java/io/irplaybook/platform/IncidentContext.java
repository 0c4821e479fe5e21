package io.irplaybook.platform;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Names the incident that the work in hand concerns, where operators look for it: the attribute
 * {@value #SPAN_ATTRIBUTE_NAME} on the current span (a trace backend then finds every request and
 * job of one incident) and the key {@value #MDC_KEY} in the logging MDC (JSON logs carry it as a
 * field). Tagging is cheap and never fails: without tracing the span is a no-op.
 */
public final class IncidentContext {

  /** The MDC key; JSON log records carry it under {@code mdc.incidentId}. */
  public static final String MDC_KEY = "incidentId";

  public static final String SPAN_ATTRIBUTE_NAME = "irp.incident.id";

  public static final AttributeKey<String> SPAN_ATTRIBUTE =
      AttributeKey.stringKey(SPAN_ATTRIBUTE_NAME);

  /**
   * The shape of an incident id ({@code INC-2026-0042}), as {@code incident.IncidentIds} makes it.
   */
  public static final Pattern INCIDENT_ID = Pattern.compile("INC-\\d{4}-\\d{4,}");

  private IncidentContext() {}

  /**
   * Tags the current span and the MDC with {@code incidentId} for the rest of the current request
   * or job; blank or null ids are ignored, so callers need not check.
   */
  public static void tag(String incidentId) {
    if (incidentId == null || incidentId.isBlank()) {
      return;
    }
    Span.current().setAttribute(SPAN_ATTRIBUTE, incidentId);
    MDC.put(MDC_KEY, incidentId);
  }

  /**
   * Tags like {@link #tag} until the returned scope closes, then puts back whatever the MDC held
   * before: for code that may run on a pooled thread no request or job cleans up after (a batch
   * declaration's items), where a stale id would otherwise label the thread's next log lines.
   */
  public static Scope open(String incidentId) {
    Object previous = MDC.get(MDC_KEY);
    tag(incidentId);
    return () -> {
      if (previous == null) {
        MDC.remove(MDC_KEY);
      } else {
        MDC.put(MDC_KEY, previous);
      }
    };
  }

  /** A tagging that ends; closing never throws. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /** Removes the MDC entry at the end of a request or job; the span ends with its own scope. */
  public static void clear() {
    MDC.remove(MDC_KEY);
  }
}
