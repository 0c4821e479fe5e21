package io.irplaybook.comms;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.comms.CommsFixtures.Fixture;
import io.irplaybook.comms.service.Filing;
import io.irplaybook.comms.service.IncidentFacts;
import io.irplaybook.comms.service.RenderedDraft;
import io.irplaybook.comms.service.TemplateCatalog;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every communication template, in English and Japanese, for the three fixture incidents, compared
 * with the reviewed renderings under {@code src/test/resources/golden/}. After a deliberate change,
 * regenerate them with {@code ./mvnw test -Dtest=GoldenCommsTest -Dgolden.update=true}, read the
 * git diff and commit it.
 */
@QuarkusTest
class GoldenCommsTest {

  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  /** Internal values that must never reach a reader outside the response team (as words). */
  private static final Pattern INTERNAL =
      Pattern.compile("\\b(critical|high|small|mid|large|null)\\b", Pattern.CASE_INSENSITIVE);

  @Test
  void shouldRenderEveryTemplateInBothLanguagesExactlyAsReviewed() throws IOException {
    // given
    boolean update = Boolean.getBoolean("golden.update");
    List<String> differences = new ArrayList<>();

    // when
    Map<Path, String> renderings = renderAll();

    // then
    for (Map.Entry<Path, String> e : renderings.entrySet()) {
      Path file = GOLDEN.resolve(e.getKey());
      if (update) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        continue;
      }
      String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      if (!expected.equals(e.getValue())) {
        differences.add(
            (Files.exists(file) ? "" : "(missing) ")
                + file
                + "\n"
                + LineDiff.of(expected, e.getValue()));
      }
    }
    assertThat(differences)
        .as(
            "renderings that differ from src/test/resources/golden (regenerate with"
                + " -Dgolden.update=true after review)")
        .isEmpty();
    assertThat(renderings).hasSizeGreaterThan(80);
  }

  @Test
  void shouldKeepSeverityTierAndNullOutOfEveryCustomerStaffAndPeerRendering() {
    for (Fixture fixture : CommsFixtures.ALL) {
      for (String locale : List.of("en", "ja")) {
        for (String name : TemplateCatalog.OUTWARD) {
          // when
          RenderedDraft draft = TemplateCatalog.render(name, fixture.facts(locale, null));

          // then
          assertNoInternalWords(fixture.name() + "/" + name + "." + locale, draft);
        }
        Filing individuals = fixture.filings().get(Filing.Kind.INDIVIDUALS_NOTICE);
        if (individuals != null) {
          assertNoInternalWords(
              fixture.name() + "/regulator-notice(本人通知)." + locale,
              TemplateCatalog.render("regulator-notice", fixture.facts(locale, individuals)));
        }
      }
    }
  }

  private static void assertNoInternalWords(String what, RenderedDraft draft) {
    for (String part : new String[] {draft.subject(), draft.text(), draft.html()}) {
      if (part != null) {
        assertThat(INTERNAL.matcher(part).results().map(r -> r.group()).toList())
            .as("internal words in %s", what)
            .isEmpty();
      }
    }
  }

  /** File name (relative to golden/) -> rendered content, for every fixture, template, language. */
  static Map<Path, String> renderAll() {
    Map<Path, String> out = new LinkedHashMap<>();
    for (Fixture fixture : CommsFixtures.ALL) {
      for (String locale : List.of("en", "ja")) {
        for (String name : TemplateCatalog.names()) {
          if (name.equals("regulator-notice")) {
            fixture
                .filings()
                .forEach(
                    (kind, filing) ->
                        add(
                            out,
                            fixture,
                            name + "-" + kind.name().toLowerCase().replace('_', '-'),
                            fixture.facts(locale, filing),
                            name));
          } else {
            add(out, fixture, name, fixture.facts(locale, null), name);
          }
        }
      }
    }
    return out;
  }

  private static void add(
      Map<Path, String> out, Fixture fixture, String file, IncidentFacts facts, String name) {
    RenderedDraft draft = TemplateCatalog.render(name, facts);
    Path dir = Path.of(fixture.name());
    out.put(
        dir.resolve(file + "." + facts.locale() + ".txt"),
        "Subject: " + draft.subject() + "\n\n" + draft.text());
    if (draft.html() != null) {
      out.put(dir.resolve(file + "." + facts.locale() + ".html"), draft.html());
    }
  }
}
