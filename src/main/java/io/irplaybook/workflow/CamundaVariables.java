package io.irplaybook.workflow;

import io.irplaybook.workflow.EnvironmentVariables.Named;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Camunda 8.8's own client variables. Two spellings exist for most settings and both are read: the
 * Spring Boot starter's {@code CAMUNDA_CLIENT_*} (its properties {@code camunda.client.*} in
 * environment form, with or without the dashes turned into underscores) and the plain Java client's
 * {@code CAMUNDA_GRPC_ADDRESS}, {@code CAMUNDA_BASIC_AUTH_USERNAME}, {@code CAMUNDA_CLIENT_ID}, ...
 * {@code CAMUNDA_CLUSTER_ID} and {@code CAMUNDA_CLUSTER_REGION} come from the SaaS credentials
 * file.
 */
final class CamundaVariables {

  static final String MODE = "CAMUNDA_CLIENT_MODE";
  static final String AUTH_METHOD = "CAMUNDA_CLIENT_AUTH_METHOD";
  static final String[] GRPC_ADDRESS = {
    "CAMUNDA_CLIENT_GRPCADDRESS", "CAMUNDA_CLIENT_GRPC_ADDRESS", "CAMUNDA_GRPC_ADDRESS"
  };
  static final String[] REST_ADDRESS = {
    "CAMUNDA_CLIENT_RESTADDRESS", "CAMUNDA_CLIENT_REST_ADDRESS", "CAMUNDA_REST_ADDRESS"
  };
  static final String[] CA_CERTIFICATE = {
    "CAMUNDA_CLIENT_CACERTIFICATEPATH",
    "CAMUNDA_CLIENT_CA_CERTIFICATE_PATH",
    "CAMUNDA_CA_CERTIFICATE_PATH"
  };
  static final String[] USERNAME = {"CAMUNDA_CLIENT_AUTH_USERNAME", "CAMUNDA_BASIC_AUTH_USERNAME"};
  static final String[] PASSWORD = {"CAMUNDA_CLIENT_AUTH_PASSWORD", "CAMUNDA_BASIC_AUTH_PASSWORD"};
  static final String[] CLIENT_ID = {
    "CAMUNDA_CLIENT_AUTH_CLIENTID", "CAMUNDA_CLIENT_AUTH_CLIENT_ID", "CAMUNDA_CLIENT_ID"
  };
  static final String[] CLIENT_SECRET = {
    "CAMUNDA_CLIENT_AUTH_CLIENTSECRET", "CAMUNDA_CLIENT_AUTH_CLIENT_SECRET", "CAMUNDA_CLIENT_SECRET"
  };
  static final String[] TOKEN_URL = {
    "CAMUNDA_CLIENT_AUTH_TOKENURL",
    "CAMUNDA_CLIENT_AUTH_TOKEN_URL",
    "CAMUNDA_AUTHORIZATION_SERVER_URL",
    "CAMUNDA_OAUTH_URL"
  };
  static final String[] AUDIENCE = {"CAMUNDA_CLIENT_AUTH_AUDIENCE", "CAMUNDA_TOKEN_AUDIENCE"};
  static final String[] SCOPE = {"CAMUNDA_CLIENT_AUTH_SCOPE", "CAMUNDA_TOKEN_SCOPE"};
  static final String[] CLUSTER_ID = {
    "CAMUNDA_CLIENT_CLOUD_CLUSTERID", "CAMUNDA_CLIENT_CLOUD_CLUSTER_ID", "CAMUNDA_CLUSTER_ID"
  };
  static final String[] REGION = {"CAMUNDA_CLIENT_CLOUD_REGION", "CAMUNDA_CLUSTER_REGION"};
  static final String DOMAIN = "CAMUNDA_CLIENT_CLOUD_DOMAIN";
  static final String PORT = "CAMUNDA_CLIENT_CLOUD_PORT";

  /** Camunda's SaaS defaults (the starter's {@code modes/saas.yaml}). */
  private static final String SAAS_DOMAIN = "camunda.io";

  private static final String SAAS_REGION = "bru-2";
  private static final String SAAS_PORT = "443";

  private CamundaVariables() {}

  static ConnectionLayer read(EnvironmentVariables env) {
    boolean saas = saas(env);
    Optional<URI> grpc = env.first(GRPC_ADDRESS).map(CamundaVariables::address);
    Optional<URI> rest = env.first(REST_ADDRESS).map(CamundaVariables::address);
    Optional<Named> cluster = env.first(CLUSTER_ID);
    if (saas && cluster.isEmpty()) {
      throw new IllegalArgumentException(
          "Expected CAMUNDA_CLIENT_CLOUD_CLUSTERID (or CAMUNDA_CLUSTER_ID from the credentials"
              + " file) because CAMUNDA_CLIENT_MODE=saas, but it is not set: copy the cluster id"
              + " from the Camunda console");
    }
    Optional<Named> region = env.first(REGION);
    // SaaS mode, or the credentials file's cluster id and region: the addresses follow from them.
    if (cluster.isPresent() && (saas || region.isPresent())) {
      String id = cluster.get().value();
      String at = region.map(Named::value).orElse(SAAS_REGION);
      String domain = env.get(DOMAIN).orElse(SAAS_DOMAIN);
      String port = env.get(PORT).orElse(SAAS_PORT);
      grpc = grpc.or(() -> Optional.of(saasAddress(id + "." + at + ".zeebe." + domain, port, "")));
      rest = rest.or(() -> Optional.of(saasAddress(at + ".zeebe." + domain, port, "/" + id)));
    }
    return new ConnectionLayer(
        "CAMUNDA_*",
        grpc,
        rest,
        env.first(CA_CERTIFICATE).map(Named::value),
        credentials(env, saas),
        Variables.setAmong(env, "CAMUNDA_"));
  }

  private static boolean saas(EnvironmentVariables env) {
    Optional<String> mode = env.get(MODE).map(m -> m.toLowerCase(Locale.ROOT));
    if (mode.isPresent() && !List.of("saas", "self-managed").contains(mode.get())) {
      throw new IllegalArgumentException(
          "Expected CAMUNDA_CLIENT_MODE to be saas or self-managed, but it was '"
              + mode.get()
              + "'");
    }
    return mode.filter("saas"::equals).isPresent();
  }

  private static Optional<Supplier<ClientCredentials>> credentials(
      EnvironmentVariables env, boolean saas) {
    String method =
        env.get(AUTH_METHOD)
            .map(m -> m.toLowerCase(Locale.ROOT))
            .orElseGet(() -> detectedMethod(env, saas));
    return method.isEmpty() ? Optional.empty() : Optional.of(() -> credentials(env, saas, method));
  }

  private static ClientCredentials credentials(
      EnvironmentVariables env, boolean saas, String method) {
    String origin = "CAMUNDA_* (" + AUTH_METHOD + "=" + method + ")";
    return switch (method) {
      case "none" -> new ClientCredentials.None(origin);
      case "basic" ->
          new ClientCredentials.Basic(
              origin, Variables.required(env, USERNAME), Variables.required(env, PASSWORD));
      case "oidc" -> oauth(env, saas, origin);
      default ->
          throw new IllegalArgumentException(
              "Expected "
                  + AUTH_METHOD
                  + " to be none, basic or oidc, but it was '"
                  + method
                  + "'");
    };
  }

  /** As the starter does without an explicit method: a user name means basic, a client id OIDC. */
  private static String detectedMethod(EnvironmentVariables env, boolean saas) {
    if (saas || env.first(CLIENT_ID).isPresent()) {
      return "oidc";
    }
    return env.first(USERNAME).isPresent() ? "basic" : "";
  }

  private static ClientCredentials oauth(EnvironmentVariables env, boolean saas, String origin) {
    String domain = env.get(DOMAIN).orElse(SAAS_DOMAIN);
    Optional<String> tokenUrl = env.first(TOKEN_URL).map(Named::value);
    if (saas) {
      tokenUrl = tokenUrl.or(() -> Optional.of("https://login.cloud." + domain + "/oauth/token"));
    }
    Optional<String> audience = env.first(AUDIENCE).map(Named::value);
    if (saas) {
      audience = audience.or(() -> Optional.of("zeebe." + domain));
    }
    return new ClientCredentials.OAuth(
        origin,
        Variables.required(env, CLIENT_ID),
        Variables.required(env, CLIENT_SECRET),
        URI.create(tokenUrl.orElseGet(() -> Variables.required(env, TOKEN_URL))),
        audience,
        env.first(SCOPE).map(Named::value));
  }

  private static URI saasAddress(String host, String port, String path) {
    return ConnectionLayer.address(CLUSTER_ID[0], "https://" + host + ":" + port + path);
  }

  private static URI address(Named variable) {
    return ConnectionLayer.address(variable.name(), variable.value());
  }
}
