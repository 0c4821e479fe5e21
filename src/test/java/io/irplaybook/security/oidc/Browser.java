package io.irplaybook.security.oidc;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Just enough of a browser for the code flow: cookies, redirects, forms. */
final class Browser {

  private static final Pattern LOGIN_FORM =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  private final CookieManager cookies =
      new CookieManager(new LocalhostCookies(), CookiePolicy.ACCEPT_ALL);
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.ALWAYS)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String url, Map<String, String> form)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept", "text/html")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Opens {@code url}, which sends the browser to Keycloak's login page, and signs in there;
   * answers the page the browser lands on afterwards.
   */
  HttpResponse<String> signIn(String url, String username, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> login = get(url);
    Matcher form = LOGIN_FORM.matcher(login.body());
    if (!form.find()) {
      throw new AssertionError(
          "Expected Keycloak's login form at " + login.uri() + ", but got " + login.statusCode());
    }
    String action = form.group(1).replace("&amp;", "&");
    return post(action, Map.of("username", username, "password", password, "credentialId", ""));
  }

  /**
   * Keeps Keycloak's {@code Secure} cookies for plain-HTTP localhost, as browsers do (localhost is
   * a secure context); the JDK's cookie manager would otherwise never send them back.
   */
  private static final class LocalhostCookies implements CookieStore {

    private final CookieStore store = new CookieManager().getCookieStore();

    @Override
    public void add(URI uri, HttpCookie cookie) {
      cookie.setSecure(false);
      store.add(uri, cookie);
    }

    @Override
    public List<HttpCookie> get(URI uri) {
      return store.get(uri);
    }

    @Override
    public List<HttpCookie> getCookies() {
      return store.getCookies();
    }

    @Override
    public List<URI> getURIs() {
      return store.getURIs();
    }

    @Override
    public boolean remove(URI uri, HttpCookie cookie) {
      return store.remove(uri, cookie);
    }

    @Override
    public boolean removeAll() {
      return store.removeAll();
    }
  }

  /** Where a response came from and how it starts, for assertion messages. */
  static String describe(HttpResponse<String> response) {
    String body = response.body();
    return response.uri()
        + " answered "
        + response.statusCode()
        + ": "
        + (body.length() > 600 ? body.substring(0, 600) : body);
  }

  /**
   * The cookies whose names start with {@code prefix} as a {@code Cookie} header value (a large
   * session is split into {@code q_session_chunk_N}), or an empty string.
   */
  String cookies(String prefix) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().startsWith(prefix))
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }
}
