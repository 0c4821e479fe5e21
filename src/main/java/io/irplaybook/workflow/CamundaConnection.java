package io.irplaybook.workflow;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where the service's client connects and how it authenticates, decided once at start-up from three
 * families of settings, the first that says something winning for each address and for the
 * credentials as a whole:
 *
 * <ol>
 *   <li>the service's own {@code irp.camunda.*} ({@code IRP_CAMUNDA_*});
 *   <li>Camunda's client variables ({@code CAMUNDA_CLIENT_*}, {@code CAMUNDA_GRPC_ADDRESS}, ...);
 *   <li>the older {@code ZEEBE_*} names of the SaaS credentials file;
 *   <li>the embedded engine's addresses, without credentials.
 * </ol>
 *
 * Credentials are taken from one family only, never a client id from one and a secret from another.
 * While the embedded engine runs, {@code CAMUNDA_*} and {@code ZEEBE_*} count only when they name
 * an address: a stray variable left in a shell or a base image cannot move the client away from the
 * engine or switch it to OAuth.
 *
 * @param ignoredVariables names of {@code CAMUNDA_*} / {@code ZEEBE_*} variables that were set but
 *     not used for that reason
 */
public record CamundaConnection(
    URI grpcAddress,
    URI restAddress,
    Optional<String> caCertificatePath,
    ClientCredentials credentials,
    List<String> ignoredVariables) {

  static final URI EMBEDDED_GRPC = URI.create("http://localhost:26500");
  static final URI EMBEDDED_REST = URI.create("http://localhost:8088");

  public CamundaConnection {
    ignoredVariables = List.copyOf(ignoredVariables);
  }

  /**
   * Resolves the connection.
   *
   * @param embeddedEngine whether this service runs the embedded engine (irp.engine.enabled)
   */
  public static CamundaConnection resolve(
      CamundaClientConfig config, EnvironmentVariables env, boolean embeddedEngine) {
    ConnectionLayer irp = IrpSettings.read(config);
    ConnectionLayer camunda = CamundaVariables.read(env);
    ConnectionLayer zeebe = ZeebeVariables.read(env);
    List<ConnectionLayer> layers = new ArrayList<>(List.of(irp, camunda, zeebe));
    List<String> ignored = new ArrayList<>();
    if (embeddedEngine && !camunda.namesAnAddress() && !zeebe.namesAnAddress()) {
      layers.remove(camunda);
      layers.remove(zeebe);
      ignored.addAll(camunda.variables());
      ignored.addAll(zeebe.variables());
    }
    return new CamundaConnection(
        first(layers.stream().map(ConnectionLayer::grpcAddress)).orElse(EMBEDDED_GRPC),
        first(layers.stream().map(ConnectionLayer::restAddress)).orElse(EMBEDDED_REST),
        first(layers.stream().map(ConnectionLayer::caCertificatePath)),
        first(layers.stream().map(ConnectionLayer::credentials))
            .map(Supplier::get)
            .orElseGet(() -> new ClientCredentials.None("no credential configured")),
        ignored);
  }

  private static <T> Optional<T> first(Stream<Optional<T>> candidates) {
    return candidates.flatMap(Optional::stream).findFirst();
  }

  /** One line for the start-up log: addresses and the kind and origin of the credential. */
  public String describe() {
    String kind = "no credential";
    if (credentials instanceof ClientCredentials.Bearer) {
      kind = "a static bearer token";
    } else if (credentials instanceof ClientCredentials.Basic basic) {
      kind = "basic authentication as " + basic.username();
    } else if (credentials instanceof ClientCredentials.OAuth oauth) {
      kind = "OAuth client " + oauth.clientId();
    }
    return "gRPC "
        + grpcAddress
        + ", REST "
        + restAddress
        + ", "
        + kind
        + " (from "
        + credentials.origin()
        + ")";
  }
}
