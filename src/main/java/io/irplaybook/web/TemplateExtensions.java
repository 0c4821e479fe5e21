package io.irplaybook.web;

import io.quarkus.qute.TemplateExtension;
import java.util.Collection;
import java.util.stream.Collectors;

/** Small helpers for the page templates. */
@TemplateExtension
public final class TemplateExtensions {

  private TemplateExtensions() {}

  /** {@code list.join(', ')}: the elements as text, separated. */
  static String join(Collection<?> items, String separator) {
    return items.stream().map(String::valueOf).collect(Collectors.joining(separator));
  }
}
