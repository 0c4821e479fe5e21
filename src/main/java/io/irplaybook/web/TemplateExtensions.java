package io.irplaybook.web;

import io.irplaybook.inbox.StepSummary;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/** Small helpers for the page templates. */
@TemplateExtension
public final class TemplateExtensions {

  private static final DateTimeFormatter ABSOLUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private TemplateExtensions() {}

  /** {@code list.join(', ')}: the elements as text, separated. */
  static String join(Collection<?> items, String separator) {
    return items.stream().map(String::valueOf).collect(Collectors.joining(separator));
  }

  /** {@code time.ago(page.lang)}: "5 min ago", "in 2 h 10 min" (or the Japanese equivalent). */
  static String ago(Instant time, String lang) {
    // The service's clock (platform's producer), so a test that moves it moves the pages too.
    return RelativeTime.of(time, Arc.container().instance(Clock.class).get().instant(), lang);
  }

  /** {@code time.at(zone)}: the absolute time in that zone, e.g. "2026-12-02 12:33 JST". */
  static String at(Instant time, String zone) {
    return ABSOLUTE.format(time.atZone(ZoneId.of(zone)));
  }

  /** {@code duration.words}: "1 h 5 min", "3 d 2 h", "45 s". */
  static String words(Duration duration) {
    return RelativeTime.span(duration);
  }

  /** {@code step.phaseOf}: the phase key of a playbook step ({@link StepPhases}). */
  static String phaseOf(StepSummary step) {
    return StepPhases.of(step.phase(), step.elementId()).key();
  }
}
