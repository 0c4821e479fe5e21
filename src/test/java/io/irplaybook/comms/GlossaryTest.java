package io.irplaybook.comms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The glossary in templates/README.md exists with the legal terms, and the Japanese templates and
 * step text use its words rather than the variants it replaces.
 */
class GlossaryTest {

  private static final Path README = Path.of("templates", "README.md");

  /** A variant the glossary replaces -> the glossary's word. */
  private static final Map<String, String> AVOIDED =
      Map.of(
          "漏洩", "漏えい",
          "流出", "漏えい",
          "調査中", "確認中",
          "IPSec", "IPsec",
          "返す", "担当を外す");

  @Test
  void shouldListTheLegalTermsInTheGlossary() throws IOException {
    // when
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String glossary = readme.substring(readme.indexOf("## Glossary"));

    // then
    assertThat(glossary)
        .contains("| 漏えい等 |")
        .contains("| 不正アクセス |")
        .contains("| 速報 |")
        .contains("| 確報 |")
        .contains("| 本人通知 |")
        .contains("| 個人情報保護委員会 |")
        .contains("| 事態の区分 |")
        .contains("| 法人番号 |");
  }

  @Test
  void shouldUseTheGlossaryWordsInEveryJapaneseTemplateStepTextAndPageLabel() throws IOException {
    // given
    List<Path> files = new ArrayList<>();
    try (Stream<Path> templates = Files.list(Path.of("templates", "comms"))) {
      templates.filter(f -> f.getFileName().toString().contains("_ja.")).forEach(files::add);
    }
    files.add(Path.of("bpmn", "step-text_ja.properties"));
    files.add(Path.of("src", "main", "resources", "messages", "msg_ja.properties"));
    assertThat(files).hasSizeGreaterThan(10);

    // when
    List<String> found = new ArrayList<>();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      AVOIDED.forEach(
          (variant, word) -> {
            if (text.contains(variant)) {
              found.add(file + ": '" + variant + "' (the glossary says '" + word + "')");
            }
          });
    }

    // then
    assertThat(found).isEmpty();
  }

  @Test
  void shouldNameUnauthorisedAccessInTheTitleOfEveryJapaneseCustomerNotice() throws IOException {
    for (String name : List.of("customer_notice_ja.txt", "customer_notice_html_ja.html")) {
      String text = Files.readString(Path.of("templates", "comms", name), StandardCharsets.UTF_8);
      String title =
          name.endsWith(".txt")
              ? text.lines().findFirst().orElse("")
              : text.substring(text.indexOf("<title>"), text.indexOf("</title>"));
      assertThat(title).as(name).contains("不正アクセス");
      assertThat(text).as(name).contains("お詫び").contains("お問い合わせ窓口").contains("以上");
    }
  }
}
