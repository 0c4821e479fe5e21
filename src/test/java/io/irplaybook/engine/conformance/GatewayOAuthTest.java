package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import io.grpc.Status;
import io.irplaybook.engine.EmbeddedEngine;
import io.irplaybook.engine.EngineSettings;
import io.irplaybook.engine.access.GatewayOAuth;
import io.irplaybook.engine.testing.ControlledClock;
import io.irplaybook.engine.testing.EngineHarness;
import io.irplaybook.engine.testing.TestDatabase;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 2 with OAuth: beyond loopback the engine accepts the issuer's signed access
 * tokens for its audience, as a Camunda client with OAuth client credentials sends them, and
 * nothing else.
 */
class GatewayOAuthTest {

  private static final String ISSUER = "https://issuer.example/realms/ir";
  private static final String AUDIENCE = "zeebe-api";

  private RsaJsonWebKey issuerKey;
  private HttpServer jwks;
  private TestDatabase database;
  private EmbeddedEngine engine;
  private CamundaClient client;

  @BeforeEach
  void startIssuerAndEngine() throws Exception {
    issuerKey = RsaJwkGenerator.generateJwk(2048);
    issuerKey.setKeyId("issuer-key-1");
    byte[] keys = new JsonWebKeySet(issuerKey).toJson().getBytes(StandardCharsets.UTF_8);
    jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    jwks.createContext(
        "/certs",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, keys.length);
          exchange.getResponseBody().write(keys);
          exchange.close();
        });
    jwks.start();
    database = TestDatabase.create();
    engine =
        EmbeddedEngine.start(
            new EngineSettings(
                    database.dataSource(),
                    new ControlledClock(),
                    "0.0.0.0",
                    0,
                    EngineHarness.TICK,
                    0)
                .withOAuth(
                    new GatewayOAuth(
                        ISSUER,
                        URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/certs"),
                        AUDIENCE)));
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    engine.close();
    database.close();
    jwks.stop(0);
  }

  @Test
  void shouldAcceptTheIssuersAccessTokenForItsAudience() throws Exception {
    // given
    client = clientWith(token(issuerKey, ISSUER, AUDIENCE, Duration.ofMinutes(5)));

    // when
    DeploymentEvent deployment = deploy(client);

    // then
    assertThat(deployment.getProcesses()).hasSize(1);
  }

  @Test
  void shouldRefuseATokenForAnotherAudience() throws Exception {
    client = clientWith(token(issuerKey, ISSUER, "another-api", Duration.ofMinutes(5)));

    assertRejected(Status.Code.UNAUTHENTICATED, () -> deploy(client));
  }

  @Test
  void shouldRefuseAnExpiredToken() throws Exception {
    client = clientWith(token(issuerKey, ISSUER, AUDIENCE, Duration.ofMinutes(-5)));

    assertRejected(Status.Code.UNAUTHENTICATED, () -> deploy(client));
  }

  @Test
  void shouldRefuseATokenSignedByAKeyTheIssuerDoesNotPublish() throws Exception {
    RsaJsonWebKey forger = RsaJwkGenerator.generateJwk(2048);
    forger.setKeyId("issuer-key-1");
    client = clientWith(token(forger, ISSUER, AUDIENCE, Duration.ofMinutes(5)));

    assertRejected(Status.Code.UNAUTHENTICATED, () -> deploy(client));
  }

  @Test
  void shouldRefuseATokenOfAnotherIssuer() throws Exception {
    client = clientWith(token(issuerKey, "https://evil.example", AUDIENCE, Duration.ofMinutes(5)));

    assertRejected(Status.Code.UNAUTHENTICATED, () -> deploy(client));
  }

  @Test
  void shouldApplyTheSameRuleToTheRestApi() throws Exception {
    // given
    HttpClient http = HttpClient.newHttpClient();
    URI search = URI.create("http://localhost:" + engine.restPort() + "/v2/user-tasks/search");

    // when
    int valid =
        http.send(
                search(search, token(issuerKey, ISSUER, AUDIENCE, Duration.ofMinutes(5))),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
    int foreign =
        http.send(
                search(search, token(issuerKey, ISSUER, "another-api", Duration.ofMinutes(5))),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();

    // then
    assertThat(valid).isEqualTo(200);
    assertThat(foreign).isEqualTo(401);
  }

  private static HttpRequest search(URI uri, String token) {
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString("{}"))
        .build();
  }

  private static DeploymentEvent deploy(CamundaClient client) {
    return client
        .newDeployResourceCommand()
        .addResourceFromClasspath(EngineHarness.fixture("one-service-task.bpmn"))
        .send()
        .join();
  }

  private CamundaClient clientWith(String token) {
    return CamundaClient.newClientBuilder()
        .grpcAddress(URI.create("http://localhost:" + engine.port()))
        .restAddress(URI.create("http://localhost:" + engine.restPort()))
        .preferRestOverGrpc(false)
        .applyEnvironmentVariableOverrides(false)
        .defaultJobWorkerStreamEnabled(false)
        .credentialsProvider(EngineHarness.bearer(token))
        .build();
  }

  /** An access token as an OAuth issuer signs it (RS256), expiring {@code lifetime} from now. */
  private static String token(RsaJsonWebKey key, String issuer, String audience, Duration lifetime)
      throws Exception {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer);
    claims.setAudience(audience);
    claims.setSubject("replica-a");
    claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 60));
    claims.setExpirationTime(
        NumericDate.fromSeconds(NumericDate.now().getValue() + lifetime.toSeconds()));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key.getPrivateKey());
    jws.setKeyIdHeaderValue(key.getKeyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    return jws.getCompactSerialization();
  }
}
