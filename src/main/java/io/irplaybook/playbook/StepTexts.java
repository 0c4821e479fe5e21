package io.irplaybook.playbook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of a human step in the reader's language. English is what the BPMN says; every other
 * language comes from the bundle {@code step-text_<language>.properties} beside the playbooks in
 * {@code bpmn/}, keyed {@code <process id>.<element id>.<field>} (field: {@code name}, {@code
 * documentation}, {@code title-prefix}, {@code checklist.N}). Resolved when a task is shown, so a
 * reader switching language sees the same task in the other language.
 */
@ApplicationScoped
public class StepTexts {

  /** Languages with a bundle; anything else reads the BPMN's English. */
  public static final String JAPANESE = "ja";

  public static final String ENGLISH = "en";

  /**
   * A step's translated words; a null (or missing checklist entry) means "keep the BPMN's English".
   *
   * @param checklist by the N of the task header {@code checklist.N}
   * @param item the translated value at the step's {@code title-item} (a credential class, a
   *     report, a follow-up), when the bundle has one
   */
  public record Words(
      String name,
      String documentation,
      String titlePrefix,
      Map<Integer, String> checklist,
      String item) {

    /** No translation: the reader sees the English the task was created with. */
    public static final Words NONE = new Words(null, null, null, Map.of(), null);
  }

  /** Bundle keys of title-item values: {@code value.<the English value>}. */
  public static final String VALUE_PREFIX = "value.";

  private final PlaybookConfig config;
  private final Map<String, NavigableMap<String, String>> bundles = new ConcurrentHashMap<>();

  StepTexts(PlaybookConfig config) {
    this.config = config;
  }

  /**
   * The language a reader asked for, as one the steps are written in: {@code ja} for any Japanese
   * tag ({@code ja}, {@code ja-JP}), {@code en} for everything else, null included.
   */
  public static String language(String requested) {
    if (requested == null) {
      return ENGLISH;
    }
    String tag = requested.strip().toLowerCase(Locale.ROOT);
    return tag.equals(JAPANESE) || tag.startsWith(JAPANESE + "-") || tag.startsWith(JAPANESE + "_")
        ? JAPANESE
        : ENGLISH;
  }

  /** The step's words in {@code language}; {@link Words#NONE} for English or an unknown step. */
  public Words words(String processId, String elementId, String language) {
    return words(processId, elementId, language, null);
  }

  /**
   * The same, with the translation of the value the step is about ({@code titleItem}, as the
   * process named it), when the bundle has one.
   */
  public Words words(String processId, String elementId, String language, String titleItem) {
    if (!JAPANESE.equals(language(language)) || processId == null || elementId == null) {
      return Words.NONE;
    }
    NavigableMap<String, String> bundle = bundles.computeIfAbsent(JAPANESE, this::load);
    String prefix = processId + "." + elementId + ".";
    TreeMap<Integer, String> checklist = new TreeMap<>();
    String checklistPrefix = prefix + "checklist.";
    // The bundle is sorted, so a step's checklist entries are one contiguous range of keys.
    bundle
        .subMap(checklistPrefix, true, checklistPrefix + Character.MAX_VALUE, false)
        .forEach(
            (key, value) -> {
              try {
                checklist.put(Integer.parseInt(key.substring(checklistPrefix.length())), value);
              } catch (NumberFormatException ignored) {
                // Not an item number; StepTextBundleTest reports such keys.
              }
            });
    return new Words(
        bundle.get(prefix + "name"),
        bundle.get(prefix + "documentation"),
        bundle.get(prefix + "title-prefix"),
        Map.copyOf(checklist),
        titleItem == null ? null : bundle.get(VALUE_PREFIX + titleItem));
  }

  /** The bundle's file name for a language. */
  public static String bundleName(String language) {
    return "step-text_" + language + ".properties";
  }

  /**
   * Reads a bundle (UTF-8, {@link Properties} syntax) into key -> text; blank values count as
   * missing.
   */
  public static NavigableMap<String, String> read(InputStream in) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    TreeMap<String, String> texts = new TreeMap<>();
    properties.forEach(
        (key, value) -> {
          if (!value.toString().isBlank()) {
            texts.put(key.toString(), value.toString().strip());
          }
        });
    return Collections.unmodifiableNavigableMap(texts);
  }

  /** From the configured playbook directory when it has the bundle, else the packaged one. */
  private NavigableMap<String, String> load(String language) {
    String name = bundleName(language);
    Optional<Path> file =
        config.directory().map(dir -> dir.resolve(name)).filter(Files::isRegularFile);
    try (InputStream in =
        file.isPresent()
            ? Files.newInputStream(file.get())
            : StepTexts.class
                .getClassLoader()
                .getResourceAsStream(PlaybookFiles.PACKAGED_DIRECTORY + name)) {
      return in == null ? Collections.emptyNavigableMap() : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the step text bundle " + name, e);
    }
  }
}
