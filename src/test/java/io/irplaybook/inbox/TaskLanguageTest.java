package io.irplaybook.inbox;

import static io.irplaybook.inbox.InboxFixtures.as;
import static io.irplaybook.inbox.InboxFixtures.awaitTask;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The step text of a real playbook task in the reader's language: {@code Accept-Language} picks it
 * over REST, so the same task reads in Japanese for one responder and English for another.
 */
@QuarkusTest
class TaskLanguageTest {

  private static final String STEP = "restrict-management-access";

  @Inject InboxFixtures fixtures;

  @BeforeEach
  void users() {
    fixtures.user("ic-ines", "incident-commander");
    fixtures.user("na-nao", "network-admin");
  }

  @Test
  void shouldShowTitleDocumentationAndChecklistInJapaneseToAReaderWhoAcceptsJapanese() {
    // given a declared incident (small playbook) whose first-hour containment step is open
    String incident = fixtures.declareIncident();
    long id = awaitTask("ic-ines", incident, STEP);

    // when / then
    as("na-nao")
        .header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.8")
        .get("/api/tasks/" + id)
        .then()
        .statusCode(200)
        .body("title", is("管理画面と SSL-VPN へのアクセスを制限する"))
        .body("documentation", startsWith("ファイアウォールの管理画面と SSL-VPN が許可リストからの接続だけを受け付け"))
        .body(
            "checklist.text",
            equalTo(
                List.of(
                    "WAN インターフェースの管理アクセスを無効にするか、許可リストで制限する",
                    "SSL-VPN を許可リストまたは国・地域で制限する",
                    "管理者アカウントと VPN アカウントに多要素認証を必須にする",
                    "ベンダーポータルを既知のネットワークからのみ利用できるようにする")));
    as("na-nao")
        .header("Accept-Language", "ja")
        .queryParam("incident", incident)
        .get("/api/tasks")
        .then()
        .statusCode(200)
        .body("title", hasItem("管理画面と SSL-VPN へのアクセスを制限する"));
  }

  @Test
  void shouldKeepTheBpmnEnglishForAReaderWhoDoesNotAskForJapanese() {
    // given
    String incident = fixtures.declareIncident();
    long id = awaitTask("ic-ines", incident, STEP);

    // when / then
    as("na-nao")
        .header("Accept-Language", "fr-FR,en;q=0.5")
        .get("/api/tasks/" + id)
        .then()
        .statusCode(200)
        .body("title", is("Restrict management and SSL-VPN access"))
        .body("documentation", startsWith("Done when firewall management"))
        .body("checklist[0].text", is("Turn off management on WAN interfaces or allow-list it"));
  }
}
