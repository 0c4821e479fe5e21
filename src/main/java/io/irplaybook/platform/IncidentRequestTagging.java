package io.irplaybook.platform;

import io.opentelemetry.api.trace.Span;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Puts the incident a request concerns into its span and the MDC, without each resource having to:
 * an incident id in the path ({@code /api/incidents/INC-2026-0042}, {@code
 * /incidents/INC-2026-0042}) tags the request before the resource runs; a response whose body is a
 * record with an {@code incidentId} component (a task, for example) tags the span afterwards, since
 * only the resource knew which incident the task belongs to. Features that learn the id mid-request
 * (a declaration) call {@link IncidentContext#tag} themselves.
 */
@Provider
public class IncidentRequestTagging implements ContainerRequestFilter, ContainerResponseFilter {

  /** One look per record class at whether it carries an incident id, not one per response. */
  private static final ClassValue<Optional<MethodHandle>> INCIDENT_ID_ACCESSOR =
      new ClassValue<>() {
        @Override
        protected Optional<MethodHandle> computeValue(Class<?> type) {
          return incidentIdAccessor(type);
        }
      };

  @Override
  public void filter(ContainerRequestContext request) {
    for (var segment : request.getUriInfo().getPathSegments()) {
      if (IncidentContext.INCIDENT_ID.matcher(segment.getPath()).matches()) {
        IncidentContext.tag(segment.getPath());
        return;
      }
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    try {
      if (Span.current().getSpanContext().isValid()) {
        incidentIdOf(response).ifPresent(IncidentContext::tag);
      }
    } finally {
      IncidentContext.clear();
    }
  }

  /**
   * The body's {@code incidentId}, else the incident a 201's {@code Location} names (a declaration,
   * whose own span ended before the response: its id belongs on the request's span too).
   */
  private static Optional<String> incidentIdOf(ContainerResponseContext response) {
    Object entity = response.getEntity();
    if (entity != null) {
      Optional<String> fromBody =
          INCIDENT_ID_ACCESSOR.get(entity.getClass()).map(accessor -> read(accessor, entity));
      if (fromBody.isPresent()) {
        return fromBody;
      }
    }
    URI location = response.getLocation();
    if (location != null && location.getPath() != null) {
      Matcher id = IncidentContext.INCIDENT_ID.matcher(location.getPath());
      if (id.find()) {
        return Optional.of(id.group());
      }
    }
    return Optional.empty();
  }

  private static String read(MethodHandle accessor, Object entity) {
    try {
      return (String) accessor.invoke(entity);
    } catch (Throwable e) {
      return null;
    }
  }

  private static Optional<MethodHandle> incidentIdAccessor(Class<?> type) {
    if (!type.isRecord()) {
      return Optional.empty();
    }
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getName().equals(IncidentContext.MDC_KEY)
          && component.getType() == String.class) {
        try {
          return Optional.of(MethodHandles.publicLookup().unreflect(component.getAccessor()));
        } catch (IllegalAccessException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
