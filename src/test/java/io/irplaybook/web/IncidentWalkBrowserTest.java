package io.irplaybook.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.inbox.InboxFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The people of an incident in headless Chromium, one after the other, as the "done when"
 * walks it: the admin lands on the dashboard; a commander declares through the form (one bad field
 * first); the overview shows the phases and first steps; a responder completes a step and the
 * overview and timeline follow; a legal reviewer reads, edits and approves a notice; the dashboard
 * shows the incident and its time to first action. Every page it passes is scanned with axe-core
 * (no serious or critical violation), and screenshots go to target/web-*.png.
 */
@QuarkusTest
class IncidentWalkBrowserTest {

  private static final String FIRST_STEP = "Restrict management and SSL-VPN access";

  @TestHTTPResource("/")
  URL base;

  @Inject InboxFixtures fixtures;

  private BrowserSession s;
  private final List<String> violations = new ArrayList<>();

  @BeforeEach
  void openBrowser() throws IOException {
    HeadlessChromium.assumeInstalled();
    fixtures.user("wk-ada", "admin");
    fixtures.user("wk-ivy", "incident-commander");
    fixtures.user("wk-ned", "network-admin");
    fixtures.user("wk-lena", "legal");
    s = new BrowserSession(base, "1280,1400");
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (s != null) {
      s.close();
    }
  }

  @Test
  void shouldRunAnIncidentFromTheBrowserFromDeclarationToApprovedNotice() throws IOException {
    // The admin's first sign-in lands on the dashboard, not on a refusal.
    s.signIn("wk-ada", InboxFixtures.PASSWORD);
    assertThat(s.path()).isEqualTo("/dashboard");
    assertThat(s.has("#active-heading")).isTrue();
    scan("dashboard (admin)");
    s.screenshot("web-admin-dashboard.png");
    s.open("/admin");
    scan("admin");
    s.open("/account/password");
    scan("account");
    s.signOut();
    scan("sign-in");

    // A commander declares an incident through the form, with one bad field first.
    s.signIn("wk-ivy", InboxFixtures.PASSWORD);
    s.open("/incidents/new");
    String title = "Walk " + UUID.randomUUID().toString().substring(0, 8);
    type("title", title);
    new Select(s.browser.findElement(By.id("scenario")))
        .selectByValue("cloud-config-backup-exposure");
    type("orgName", "Walk KK");
    type("employees", "twenty");
    type("jurisdictions", "JP");
    type("assets", "fw-hq, firewall, yes");
    s.browser.findElement(By.id("declare")).click();
    BrowserSession.await(() -> s.has("#employees-error"), "the error next to the employees field");
    assertThat(s.text("employees-error")).isNotBlank();
    assertThat(s.browser.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
    scan("declare form with an error");
    s.screenshot("web-declare-error.png");
    WebElement employees = s.browser.findElement(By.id("employees"));
    employees.clear();
    employees.sendKeys("20");
    s.browser.findElement(By.id("declare")).click();
    BrowserSession.await(() -> s.path().matches("/incidents/INC-[^/]+"), "the new overview");
    String overview = s.path();

    // The overview shows the phase progress and the first steps.
    s.awaitOnPage(
        overview,
        () -> s.has("#open-steps") && s.text("open-steps").contains(FIRST_STEP),
        "the first steps");
    assertThat(s.text("incident-tier")).isEqualTo("small");
    assertThat(s.text("incident-tier-rule")).isNotBlank();
    assertThat(phaseDone("contain")).isZero();
    assertThat(openIn("contain")).isPositive();
    // The commander sees the drafted notices and passes one to legal for review: need to know
    // keeps a small-tier incident's overview from a legal reviewer with no step in it, while the
    // drafts stay open to every approver role (docs/security.md).
    s.awaitOnPage(overview, () -> s.has("#drafts a"), "the drafted notices");
    String draftPage = s.browser.findElement(By.cssSelector("#drafts a")).getAttribute("href");
    scan("overview");
    s.open("/incidents");
    assertThat(s.text("incident-list")).contains(title);
    scan("incident list");
    s.signOut();

    // A responder completes the first containment step.
    s.signIn("wk-ned", InboxFixtures.PASSWORD);
    assertThat(s.path()).isEqualTo("/inbox");
    s.open(overview);
    s.browser.findElement(By.linkText(FIRST_STEP)).click();
    s.browser.findElement(By.id("claim")).click();
    BrowserSession.await(() -> s.has("#unclaim"), "the claimed step");
    scan("task");
    tickEverything();
    s.browser.findElement(By.id("complete")).click();
    BrowserSession.await(() -> s.path().equals("/inbox"), "the inbox after completing");
    scan("inbox");

    // The overview and the timeline follow.
    s.awaitOnPage(overview, () -> phaseDone("contain") == 1, "one containment step done");
    assertThat(s.text("timeline")).contains("wk-ned completed " + FIRST_STEP);
    assertThat(s.has("#timeline li[data-action='task.claimed']")).isTrue();
    s.screenshot("web-incident-overview.png");
    s.open(overview + "?timeline=comms");
    assertThat(s.has("#timeline li[data-action='task.completed']")).isFalse();
    s.signOut();

    // A legal reviewer reads a notice, edits it (a new version) and approves it.
    s.signIn("wk-lena", InboxFixtures.PASSWORD);
    s.browser.get(draftPage);
    BrowserSession.await(() -> s.has("#draft-text"), "the notice");
    assertThat(s.text("draft-text")).isNotBlank();
    assertThat(s.text("draft-version")).isEqualTo("1");
    // where it goes: the class its send step names, and (this service has no channels) nowhere yet
    assertThat(s.text("draft-audience")).containsAnyOf("class internal", "class customer");
    assertThat(s.has("#no-channels")).isTrue();
    s.browser.findElement(By.id("edit-open")).click();
    WebElement text = s.browser.findElement(By.id("edit-text"));
    text.sendKeys("\nReviewed by legal: no names of customers in this notice.");
    s.browser.findElement(By.id("save-version")).click();
    // The form's navigation is not awaited by the click: look only once the new page is there.
    BrowserSession.await(
        () -> s.has("#draft-version") && "2".equals(s.text("draft-version")), "version 2");
    assertThat(s.text("draft-diff")).contains("+ Reviewed by legal: no names of customers");
    scan("notice review");
    s.browser.findElement(By.id("approve")).click();
    BrowserSession.await(() -> s.has("#approved-by"), "the approval");
    assertThat(s.text("approved-by")).isEqualTo("wk-lena");
    s.screenshot("web-notice-review.png");
    s.signOut();

    // The dashboard shows the incident and the small tier's time to first action.
    s.signIn("wk-ivy", InboxFixtures.PASSWORD);
    assertThat(s.path()).isEqualTo("/dashboard");
    assertThat(s.text("active-incidents")).contains(title);
    String mtta =
        s.browser.findElement(By.cssSelector("#figures tr[data-tier=small] td.mtta")).getText();
    assertThat(mtta).isNotEqualTo("-").matches(".*\\d+ (s|min|h|d).*");
    assertThat(s.has("#figures-chart svg rect[data-tier=small]")).isTrue();
    scan("dashboard (commander)");
    s.screenshot("web-dashboard.png");

    assertThat(violations).as("serious or critical axe-core violations").isEmpty();
  }

  private void type(String id, String value) {
    WebElement field = s.browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  private int phaseDone(String phase) {
    return Integer.parseInt(
        s.browser.findElement(By.id("phase-" + phase)).getAttribute("data-done"));
  }

  private int openIn(String phase) {
    return Integer.parseInt(
        s.browser.findElement(By.id("phase-" + phase)).getAttribute("data-open"));
  }

  /** Ticks every unticked checklist item, waiting for each page that shows the tick. */
  private void tickEverything() {
    while (s.has("#checklist li[data-ticked=false]")) {
      int left = s.browser.findElements(By.cssSelector("#checklist li[data-ticked=false]")).size();
      s.browser.findElement(By.cssSelector("#checklist li[data-ticked=false] button.tick")).click();
      BrowserSession.await(
          () ->
              s.browser.findElements(By.cssSelector("#checklist li[data-ticked=false]")).size()
                  < left,
          "one more ticked item");
    }
  }

  private void scan(String page) throws IOException {
    for (String v : s.seriousAccessibilityViolations()) {
      violations.add(page + ": " + v);
    }
  }
}
