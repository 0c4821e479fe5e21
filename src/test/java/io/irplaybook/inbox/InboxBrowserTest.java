package io.irplaybook.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.web.HeadlessChromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A responder in headless Chromium (Debian's chromium and chromium-driver): signs in, finds the new
 * task of an incident in the group queue, claims it, ticks its checklist, completes it and sees the
 * next step appear, in the queue and on the incident page. Screenshots go to target/.
 */
@QuarkusTest
class InboxBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String FIRST_STEP = "Identify devices that used the vendor's cloud backup";
  private static final String NEXT_STEP = "List the secrets each backup held";

  @TestHTTPResource("/")
  URL base;

  @Inject InboxFixtures fixtures;

  private WebDriver browser;
  private Path profile;

  @BeforeEach
  void openBrowser() throws IOException {
    HeadlessChromium.assumeInstalled();
    fixtures.user("br-bea", "network-admin");
    profile = Files.createTempDirectory("irp-chromium-");
    browser = HeadlessChromium.start(profile, "1280,1400");
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile == null) {
      return; // skipped before a profile was made
    }
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  @Test
  void shouldSignInClaimTickCompleteAndSeeTheNextStep() throws IOException {
    // given a declared incident (small tier) whose first step waits for the network admins
    String incident = fixtures.declareIncident();

    // when the responder signs in
    open("/signin");
    browser.findElement(By.id("username")).sendKeys("br-bea");
    browser.findElement(By.id("password")).sendKeys(InboxFixtures.PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    // The click does not wait for the form's navigation.
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlMatches(".*/inbox$"));
    assertThat(browser.getCurrentUrl()).endsWith("/inbox");

    // and finds, claims, ticks and completes the new task
    awaitOnPage("/inbox/queue?incident=" + incident, FIRST_STEP);
    browser.findElement(By.linkText(FIRST_STEP)).click();
    browser.findElement(By.id("claim")).click();
    await(() -> !browser.findElements(By.id("unclaim")).isEmpty(), "the claimed task");
    assertThat(browser.findElement(By.id("task-holder")).getText()).isEqualTo("br-bea");
    int items = browser.findElements(By.cssSelector("#checklist li")).size();
    assertThat(items)
        .isEqualTo(4); // identify-assets: devices, priority, usedCloudBackup, exposureStart
    for (int i = 1; i <= items; i++) {
      browser.findElement(By.id("tick-" + i)).click();
      // A click starts the form's navigation without waiting for it: wait for the page that shows
      // the tick.
      int ticked = i;
      await(
          () ->
              browser.findElements(By.cssSelector("#checklist li[data-ticked=true]")).size()
                  == ticked,
          ticked + " ticked items");
    }
    assertThat(browser.findElements(By.cssSelector("#checklist li[data-ticked=true]")))
        .hasSize(items);
    browser.findElement(By.id("complete")).click();
    await(
        () ->
            browser.getCurrentUrl().endsWith("/inbox")
                || !browser.findElements(By.id("problem")).isEmpty(),
        "the page after completing");
    assertThat(browser.findElements(By.id("problem")))
        .as("a problem shown after completing")
        .isEmpty();

    // then the next step appears in the queue and on the incident page
    awaitOnPage("/inbox/queue?incident=" + incident, NEXT_STEP);
    screenshot("inbox.png");
    open("/inbox/incidents/" + incident);
    assertThat(
            browser
                .findElement(By.cssSelector("g[data-element-id=identify-assets]"))
                .getAttribute("data-state"))
        .isEqualTo("completed");
    assertThat(
            browser
                .findElement(By.cssSelector("g[data-element-id=identify-secrets]"))
                .getAttribute("data-state"))
        .isEqualTo("current");
    assertThat(browser.findElement(By.id("open-steps")).getText()).contains(NEXT_STEP);
    assertThat(browser.findElement(By.id("incident-tier")).getText()).isEqualTo("small");
    screenshot("incident.png");
  }

  private void open(String path) {
    browser.get(base.toString().replaceAll("/$", "") + path);
  }

  /**
   * Reloads the page until it shows the text (the task appears when the engine hands out the job).
   */
  private void awaitOnPage(String path, String text) {
    await(
        () -> {
          open(path);
          return browser.getPageSource().contains(text);
        },
        "'" + text + "' on " + path);
  }

  private static void await(BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(WAIT);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "Expected " + what + " within " + WAIT + ", but it did not appear");
      }
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
    }
  }

  private void screenshot(String name) throws IOException {
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    Files.copy(
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
        target,
        StandardCopyOption.REPLACE_EXISTING);
  }
}
