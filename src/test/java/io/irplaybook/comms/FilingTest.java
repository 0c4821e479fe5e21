package io.irplaybook.comms;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.comms.service.Filing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every row of bpmn/regulatory-obligations.dmn is drafted with the template of its own report kind:
 * renaming a report in the decision must not silently fall back to the generic draft.
 */
class FilingTest {

  @Test
  void shouldGiveEveryRowOfTheRegulatoryDecisionItsOwnReportKind() throws Exception {
    // given
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document dmn =
        factory.newDocumentBuilder().parse(Path.of("bpmn", "regulatory-obligations.dmn").toFile());
    NodeList rules = dmn.getElementsByTagNameNS("*", "rule");
    List<String> generic = new ArrayList<>();
    Set<Filing.Kind> kinds = EnumSet.noneOf(Filing.Kind.class);

    // when
    for (int i = 0; i < rules.getLength(); i++) {
      Element rule = (Element) rules.item(i);
      String regime = output(rule, "regime");
      String report = output(rule, "report");
      Filing.Kind kind = new Filing(regime, report, null).kind();
      kinds.add(kind);
      if (kind == Filing.Kind.OTHER && !"OTHER".equals(regime)) {
        generic.add(regime + " / " + report);
      }
    }

    // then
    assertThat(generic).as("rows drafted with the generic template").isEmpty();
    assertThat(kinds).containsExactlyInAnyOrder(Filing.Kind.values());
  }

  /** The text of the rule's output entry whose id ends with -out-{name}, unquoted. */
  private static String output(Element rule, String name) {
    NodeList entries = rule.getElementsByTagNameNS("*", "outputEntry");
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      if (entry.getAttribute("id").endsWith("-out-" + name)) {
        return entry.getTextContent().strip().replaceAll("^\"|\"$", "");
      }
    }
    return null;
  }
}
