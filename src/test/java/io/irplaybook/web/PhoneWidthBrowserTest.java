package io.irplaybook.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.inbox.InboxFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages at a phone's width (390 px): nothing scrolls sideways but the playbook diagram in its
 * own box, tables turn into one card per row, and the navigation's actions stay reachable. Also
 * proves that the axe-core scan the walk relies on does report a control without a label.
 */
@QuarkusTest
class PhoneWidthBrowserTest {

  @TestHTTPResource("/")
  URL base;

  @Inject InboxFixtures fixtures;

  private BrowserSession s;

  @BeforeEach
  void openBrowser() throws IOException {
    HeadlessChromium.assumeInstalled();
    fixtures.user("ph-ivy", "incident-commander");
    s = new BrowserSession(base, "390,844");
    // Headless Chromium keeps a window at least 500 px wide; the DevTools protocol emulates a
    // phone's viewport exactly, as the browser's own device toolbar does.
    ((ChromeDriver) s.browser)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (s != null) {
      s.close();
    }
  }

  @Test
  void shouldFitEveryPageIntoAPhoneWidthWithTablesAsCards() throws IOException {
    // given
    String incident = fixtures.declareIncident();
    s.signIn("ph-ivy", InboxFixtures.PASSWORD);

    // when / then
    s.open("/dashboard");
    assertThat(viewportWidth()).isEqualTo(390);
    for (String path :
        new String[] {
          "/dashboard", "/incidents", "/incidents/new", "/incidents/" + incident, "/inbox"
        }) {
      s.open(path);
      assertThat(pageWidth()).as("the width of " + path).isLessThanOrEqualTo(viewportWidth());
      assertThat(s.browser.findElement(By.id("sign-out")).isDisplayed())
          .as("sign-out reachable on " + path)
          .isTrue();
    }
    s.awaitOnPage("/incidents/" + incident, () -> s.has("#open-steps"), "the open steps");
    assertThat(s.browser.findElement(By.cssSelector("#open-steps td")).getCssValue("display"))
        .isEqualTo("block");
    s.screenshot("web-phone-overview.png");

    // and the diagram, wider than the phone, scrolls inside its own box
    var svg = s.browser.findElement(By.cssSelector(".diagram-box svg"));
    double natural = Double.parseDouble(svg.getDomAttribute("width"));
    assertThat(natural).isGreaterThan(390);

    // and its zoom buttons resize the drawing: fit to the box, then one step larger
    s.browser.findElement(By.cssSelector("[data-zoom=fit]")).click();
    double fitted = renderedWidth();
    assertThat(fitted).isLessThanOrEqualTo(viewportWidth()).isLessThan(natural);
    s.browser.findElement(By.cssSelector("[data-zoom=in]")).click();
    assertThat(renderedWidth()).isCloseTo(fitted * 1.25, org.assertj.core.data.Offset.offset(2.0));
  }

  private double renderedWidth() {
    return ((Number)
            ((JavascriptExecutor) s.browser)
                .executeScript(
                    "return document.querySelector('.diagram-box svg').getBoundingClientRect().width;"))
        .doubleValue();
  }

  @Test
  void shouldReportAControlWithoutALabelInTheAccessibilityScan() throws IOException {
    // given a page that passes, then a text field without a label added to it
    s.open("/signin");
    assertThat(s.seriousAccessibilityViolations()).isEmpty();
    ((JavascriptExecutor) s.browser)
        .executeScript(
            "var i = document.createElement('input'); i.type = 'text';"
                + " document.querySelector('main').appendChild(i);");

    // when
    var violations = s.seriousAccessibilityViolations();

    // then
    assertThat(violations).anyMatch(v -> v.startsWith("label (critical)"));
  }

  private long pageWidth() {
    return (Long)
        ((JavascriptExecutor) s.browser)
            .executeScript("return document.documentElement.scrollWidth;");
  }

  private long viewportWidth() {
    return (Long) ((JavascriptExecutor) s.browser).executeScript("return window.innerWidth;");
  }
}
