package io.irplaybook.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * The service's own {@code irp.camunda.*} settings as the first family of {@link
 * CamundaConnection}.
 */
final class IrpSettings {

  private IrpSettings() {}

  static ConnectionLayer read(CamundaClientConfig config) {
    List<ClientCredentials> credentials = new ArrayList<>();
    config
        .token()
        .ifPresent(t -> credentials.add(new ClientCredentials.Bearer("irp.camunda.token", t)));
    config
        .basic()
        .ifPresent(
            b ->
                credentials.add(
                    new ClientCredentials.Basic(
                        "irp.camunda.basic.*", b.username(), b.password())));
    config
        .oauth()
        .ifPresent(
            o ->
                credentials.add(
                    new ClientCredentials.OAuth(
                        "irp.camunda.oauth.*",
                        o.clientId(),
                        o.clientSecret(),
                        java.net.URI.create(o.authorizationServerUrl()),
                        o.audience(),
                        o.scope())));
    if (credentials.size() > 1) {
      throw new IllegalArgumentException(
          "Expected one of irp.camunda.token (a static gateway token), irp.camunda.basic.* (a user"
              + " and password) or irp.camunda.oauth.* (OAuth client credentials), but "
              + String.join(" and ", credentials.stream().map(ClientCredentials::origin).toList())
              + " are set: keep the one the gateway expects (irp.camunda.token defaults to"
              + " irp.engine.token)");
    }
    return new ConnectionLayer(
        "IRP_CAMUNDA_*",
        config
            .grpcAddress()
            .map(a -> ConnectionLayer.address("irp.camunda.grpc-address", a.toString())),
        config
            .restAddress()
            .map(a -> ConnectionLayer.address("irp.camunda.rest-address", a.toString())),
        config.caCertificatePath(),
        credentials.stream().findFirst().map(c -> () -> c),
        List.of());
  }
}
