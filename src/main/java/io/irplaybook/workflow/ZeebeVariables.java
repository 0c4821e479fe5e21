package io.irplaybook.workflow;

import io.irplaybook.workflow.EnvironmentVariables.Named;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The older {@code ZEEBE_*} names: what the SaaS console's credentials file holds ({@code
 * ZEEBE_ADDRESS} as {@code host:port} without a scheme, {@code ZEEBE_CLIENT_ID}, {@code
 * ZEEBE_CLIENT_SECRET}, {@code ZEEBE_AUTHORIZATION_SERVER_URL}, {@code ZEEBE_TOKEN_AUDIENCE}) and
 * what the Java client still reads as its legacy variables.
 */
final class ZeebeVariables {

  static final String ADDRESS = "ZEEBE_ADDRESS";
  static final String GRPC_ADDRESS = "ZEEBE_GRPC_ADDRESS";
  static final String REST_ADDRESS = "ZEEBE_REST_ADDRESS";
  static final String INSECURE = "ZEEBE_INSECURE_CONNECTION";
  static final String CA_CERTIFICATE = "ZEEBE_CA_CERTIFICATE_PATH";
  static final String CLIENT_ID = "ZEEBE_CLIENT_ID";
  static final String CLIENT_SECRET = "ZEEBE_CLIENT_SECRET";
  static final String TOKEN_URL = "ZEEBE_AUTHORIZATION_SERVER_URL";
  static final String AUDIENCE = "ZEEBE_TOKEN_AUDIENCE";
  static final String SCOPE = "ZEEBE_TOKEN_SCOPE";

  static final String[] ALL = {
    ADDRESS,
    GRPC_ADDRESS,
    REST_ADDRESS,
    INSECURE,
    CA_CERTIFICATE,
    CLIENT_ID,
    CLIENT_SECRET,
    TOKEN_URL,
    AUDIENCE,
    SCOPE
  };

  private ZeebeVariables() {}

  static ConnectionLayer read(EnvironmentVariables env) {
    boolean insecure = env.get(INSECURE).map(Boolean::parseBoolean).orElse(false);
    Optional<URI> grpc =
        env.first(GRPC_ADDRESS, ADDRESS).map(address -> withScheme(address, insecure));
    Optional<URI> rest =
        env.get(REST_ADDRESS).map(value -> ConnectionLayer.address(REST_ADDRESS, value));
    Optional<Supplier<ClientCredentials>> credentials =
        env.get(CLIENT_ID)
            .map(
                clientId ->
                    () ->
                        new ClientCredentials.OAuth(
                            "ZEEBE_* (" + CLIENT_ID + ")",
                            clientId,
                            Variables.required(env, CLIENT_SECRET),
                            URI.create(Variables.required(env, TOKEN_URL)),
                            env.get(AUDIENCE),
                            env.get(SCOPE)));
    return new ConnectionLayer(
        "ZEEBE_*",
        grpc,
        rest,
        env.get(CA_CERTIFICATE),
        credentials,
        Variables.setAmong(env, "ZEEBE_"));
  }

  /**
   * The credentials file writes {@code ZEEBE_ADDRESS=<cluster>.<region>.zeebe.camunda.io:443}: TLS
   * unless {@code ZEEBE_INSECURE_CONNECTION=true}, as the Zeebe clients read it.
   */
  private static URI withScheme(Named address, boolean insecure) {
    String value = address.value();
    boolean hasScheme = value.startsWith("http://") || value.startsWith("https://");
    String full = hasScheme ? value : (insecure ? "http://" : "https://") + value;
    return ConnectionLayer.address(address.name(), full);
  }
}
