package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Japanese step text in {@code bpmn/step-text_ja.properties} against the playbooks themselves:
 * every field a responder reads has Japanese words, and no key is left behind by a renamed or
 * deleted element or checklist item.
 */
class StepTextBundleTest {

  private static final Pattern JAPANESE =
      Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

  /** key -> the English the BPMN says, for every field a responder reads. */
  private static Map<String, String> fields;

  private static Map<String, String> japanese;

  @BeforeAll
  static void read() throws IOException {
    fields = new LinkedHashMap<>();
    for (String file : PlaybookDirectory.bpmnFileNames()) {
      BpmnModelInstance model = PlaybookDirectory.read(file);
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String prefix = processOf(task).getId() + "." + task.getId() + ".";
        fields.put(prefix + "name", task.getName());
        task.getDocumentations()
            .forEach(doc -> fields.put(prefix + "documentation", doc.getTextContent().strip()));
        ZeebeTaskHeaders headers = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
        if (headers != null) {
          for (ZeebeHeader header : headers.getHeaders()) {
            if (header.getKey().startsWith("checklist.")
                || header.getKey().equals("title-prefix")) {
              fields.put(prefix + header.getKey(), header.getValue());
            }
          }
        }
      }
    }
    try (InputStream in =
        Files.newInputStream(PlaybookDirectory.DIRECTORY.resolve(StepTexts.bundleName("ja")))) {
      japanese = StepTexts.read(in);
    }
  }

  @Test
  void shouldGiveEveryStepNameDocumentationTitlePrefixAndChecklistItemJapaneseText() {
    // given every field of every user task of every playbook
    assertThat(fields).hasSizeGreaterThan(100);

    // when
    List<String> missing =
        fields.keySet().stream().filter(key -> !japanese.containsKey(key)).toList();

    // then
    assertThat(missing).as("fields without Japanese text in step-text_ja.properties").isEmpty();
  }

  @Test
  void shouldNotKeepAKeyForAnElementOrChecklistItemThatNoLongerExists() {
    // when
    List<String> orphans =
        japanese.keySet().stream()
            .filter(key -> !key.startsWith(StepTexts.VALUE_PREFIX))
            .filter(key -> !fields.containsKey(key))
            .toList();

    // then
    assertThat(orphans)
        .as("keys of step-text_ja.properties that name no user task field in bpmn/")
        .isEmpty();
  }

  @Test
  void shouldTranslateEveryValueAStepTitleNamesAndNoValueThatIsGone() throws IOException {
    // given the credential classes of every wave and the reports and follow-ups of the decisions
    Set<String> values = new TreeSet<>();
    for (String file : PlaybookDirectory.bpmnFileNames()) {
      String xml = Files.readString(PlaybookDirectory.DIRECTORY.resolve(file));
      Matcher lists = WAVE_ITEMS.matcher(xml);
      while (lists.find()) {
        Matcher quoted = QUOTED.matcher(lists.group(2).replace("&quot;", "\""));
        while (quoted.find()) {
          values.add(quoted.group(1));
        }
      }
    }
    values.addAll(dmnOutputs("regulatory-obligations.dmn", "report"));
    values.addAll(dmnOutputs("follow-ups.dmn", "title"));
    assertThat(values).hasSizeGreaterThan(30);
    Set<String> translated = new TreeSet<>();
    japanese.keySet().stream()
        .filter(key -> key.startsWith(StepTexts.VALUE_PREFIX))
        .forEach(key -> translated.add(key.substring(StepTexts.VALUE_PREFIX.length())));

    // then
    assertThat(values).as("title-item values without Japanese text").isSubsetOf(translated);
    assertThat(translated).as("value keys no playbook or decision names").isSubsetOf(values);
  }

  @Test
  void shouldWriteEveryEntryInJapaneseRatherThanCopyTheEnglish() {
    // when
    List<String> untranslated = new ArrayList<>();
    japanese.forEach(
        (key, text) -> {
          if (!JAPANESE.matcher(text).find() || text.equals(fields.get(key))) {
            untranslated.add(key + "=" + text);
          }
        });

    // then
    assertThat(untranslated).isEmpty();
  }

  @Test
  void shouldNumberEveryChecklistFromOneWithoutGapsSoTheItemNumberIsItsPosition() {
    // given the inbox stores checklist.N as position N
    Map<String, TreeSet<Integer>> numbers = new LinkedHashMap<>();
    fields.keySet().stream()
        .filter(key -> key.contains(".checklist."))
        .forEach(
            key -> {
              int at = key.indexOf(".checklist.");
              numbers
                  .computeIfAbsent(key.substring(0, at), k -> new TreeSet<>())
                  .add(Integer.parseInt(key.substring(at + ".checklist.".length())));
            });

    // then
    numbers.forEach(
        (step, found) ->
            assertThat(found)
                .as("checklist numbers of %s", step)
                .hasSize(found.last())
                .startsWith(1));
  }

  private static final Pattern WAVE_ITEMS =
      Pattern.compile("<zeebe:input source=([\"'])=\\[(.*?)\\]\\1 target=\"waveItems\"");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  /** The quoted values of one output of a decision table, e.g. every {@code report}. */
  private static List<String> dmnOutputs(String file, String output) throws IOException {
    String xml = Files.readString(PlaybookDirectory.DIRECTORY.resolve(file));
    Matcher m = Pattern.compile("-out-" + output + "\"><text>\"(.*?)\"</text>").matcher(xml);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1).replace("&amp;", "&").replace("&quot;", "\"").replace("&apos;", "'"));
    }
    return out;
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (!(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }
}
