package io.irplaybook.security;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through the form as a browser does: fetch the form (its CSRF token and the sign-in
 * cookie that pairs with it), then post both with the credentials.
 */
public final class SignInForms {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private SignInForms() {}

  /** The sign-in cookie and the form's CSRF token, as a fresh GET /signin hands them out. */
  public record Form(String cookie, String csrf) {}

  public static Form open() {
    Response page = given().get("/signin");
    Matcher csrf = CSRF.matcher(page.asString());
    if (!csrf.find()) {
      throw new AssertionError("The sign-in form carries no CSRF token:\n" + page.asString());
    }
    return new Form(page.getCookie(PageSessions.SIGN_IN_COOKIE), csrf.group(1));
  }

  /** Posts the form (fetched first) with these credentials; does not follow the redirect. */
  public static Response post(String username, String password) {
    return post(open(), username, password);
  }

  public static Response post(Form form, String username, String password) {
    var request = given();
    if (form.cookie() != null) {
      request.cookie(PageSessions.SIGN_IN_COOKIE, form.cookie());
    }
    return request
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParam("_csrf", form.csrf())
        .formParam("username", username)
        .formParam("password", password)
        .formParam("next", "/inbox")
        .post("/signin");
  }

  /** Signs in and answers the session cookie's value. */
  public static String session(String username, String password) {
    Response response = post(username, password);
    if (response.statusCode() != 303) {
      throw new AssertionError(
          "Expected to sign in as " + username + ", but got " + response.statusCode());
    }
    return response.getCookie("irp_session");
  }
}
