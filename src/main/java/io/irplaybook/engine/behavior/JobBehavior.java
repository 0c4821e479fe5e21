package io.irplaybook.engine.behavior;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.expression.EvaluationResult;
import io.irplaybook.engine.expression.Expression;
import io.irplaybook.engine.expression.ExpressionLanguage;
import io.irplaybook.engine.model.ExecutableJobWorkerTask;
import io.irplaybook.engine.model.JobDefinition;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.state.DeployedProcess;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.EventCodec;
import io.irplaybook.engine.state.Job;
import io.irplaybook.engine.state.event.JobCanceled;
import io.irplaybook.engine.state.event.JobCreated;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Creates and cancels the jobs of service tasks and job-worker user tasks. */
public final class JobBehavior {

  private static final List<String> LIST_HEADERS =
      List.of(JobDefinition.CANDIDATE_GROUPS_HEADER, JobDefinition.CANDIDATE_USERS_HEADER);

  private static final List<String> DATE_HEADERS =
      List.of(JobDefinition.DUE_DATE_HEADER, JobDefinition.FOLLOW_UP_DATE_HEADER);

  private final ProcessingContext context;
  private final ExpressionLanguage expressions;

  public JobBehavior(ProcessingContext context, ExpressionLanguage expressions) {
    this.context = context;
    this.expressions = expressions;
  }

  /** A job ready to be created, or the reason it cannot be. */
  public record PreparedJob(JobCreated event, Outcome failure) {}

  /** Evaluates type, retries and headers; nothing is emitted, so a failure leaves no trace. */
  public PreparedJob prepare(ExecutableJobWorkerTask element, ElementInstance instance) {
    JobDefinition definition = element.jobDefinition();
    Map<String, Object> variables = context.state().variables().visible(instance.key());
    EvaluationResult type = expressions.evaluate(definition.type(), variables);
    if (type.isFailure() || !(type.value() instanceof String typeName) || typeName.isBlank()) {
      return failed(definition.type(), type, "a non-empty STRING");
    }
    EvaluationResult retries = expressions.evaluate(definition.retries(), variables);
    Integer retryCount = retries.isFailure() ? null : toInteger(retries.value());
    if (retryCount == null) {
      return failed(definition.retries(), retries, "a NUMBER");
    }
    Map<String, String> headers = new LinkedHashMap<>(definition.headers());
    for (Map.Entry<String, Expression> header : definition.userTaskHeaders().entrySet()) {
      EvaluationResult value = expressions.evaluate(header.getValue(), variables);
      if (value.isFailure()) {
        return new PreparedJob(null, Outcome.failure(Outcome.EXTRACT_VALUE_ERROR, value.failure()));
      }
      if (value.value() != null) {
        headers.put(header.getKey(), headerValue(header.getKey(), value.value()));
      }
    }
    DeployedProcess process = context.state().processes().process(instance.processDefinitionKey());
    JobCreated event =
        new JobCreated(
            context.nextKey(),
            typeName,
            retryCount,
            Map.copyOf(headers),
            instance.key(),
            instance.processInstanceKey(),
            instance.processDefinitionKey(),
            process.bpmnProcessId(),
            process.version(),
            instance.elementId());
    return new PreparedJob(event, null);
  }

  public void create(PreparedJob job) {
    context.emit(job.event());
    context.jobsActivatable(job.event().type());
  }

  public void cancel(ElementInstance instance) {
    if (instance.jobKey() != 0 && context.state().jobs().job(instance.jobKey()) != null) {
      context.emit(new JobCanceled(instance.jobKey()));
    }
  }

  /** Marks the type so waiting workers are woken once the batch is committed. */
  public void activatable(Job job) {
    context.jobsActivatable(job.type());
  }

  private static PreparedJob failed(
      Expression expression, EvaluationResult result, String expected) {
    String message =
        result.isFailure()
            ? result.failure()
            : "Expected result of the expression '"
                + expression.source()
                + "' to be "
                + expected
                + ", but was '"
                + result.value()
                + "'"
                + (result.hint() == null ? "" : " (" + result.hint() + ")");
    return new PreparedJob(null, Outcome.failure(Outcome.EXTRACT_VALUE_ERROR, message));
  }

  private static Integer toInteger(Object value) {
    if (value instanceof Number number) {
      return number.intValue();
    }
    if (value instanceof String text) {
      try {
        return Integer.parseInt(text.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** Zeebe's reserved list headers hold a JSON array; a static "a, b" means two entries. */
  private static String headerValue(String header, Object value) {
    if (DATE_HEADERS.contains(header)) {
      return isoDateTime(String.valueOf(value));
    }
    if (!LIST_HEADERS.contains(header)) {
      return String.valueOf(value);
    }
    List<String> entries =
        value instanceof Collection<?> collection
            ? collection.stream().map(String::valueOf).toList()
            : Arrays.stream(String.valueOf(value).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    try {
      return EventCodec.JSON.writeValueAsString(entries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A FEEL date and time ({@code =now() + duration("PT72H")}) comes out as {@code
   * 2025-01-09T09:00Z[Etc/UTC]}; readers of the header expect ISO-8601 with an offset, as Zeebe
   * documents it, so the zone id is dropped.
   */
  private static String isoDateTime(String value) {
    try {
      return ZonedDateTime.parse(value).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException notADateTime) {
      return value;
    }
  }
}
