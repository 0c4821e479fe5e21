package io.irplaybook.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Small helpers shared by the readers of {@code CAMUNDA_*} and {@code ZEEBE_*}. */
final class Variables {

  private Variables() {}

  /** The value of the first of {@code names} that is set; a sentence naming them all otherwise. */
  static String required(EnvironmentVariables env, String... names) {
    return env.first(names)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Expected "
                        + String.join(" or ", names)
                        + " to be set for the authentication the other variables ask for, but"
                        + " none is"))
        .value();
  }

  /**
   * The names among every variable the readers know that start with {@code prefix} and are set:
   * what the start-up log lists when it ignores them (names only, values may be secrets).
   */
  static List<String> setAmong(EnvironmentVariables env, String prefix) {
    return Stream.of(
            CamundaVariables.GRPC_ADDRESS,
            CamundaVariables.REST_ADDRESS,
            CamundaVariables.CA_CERTIFICATE,
            CamundaVariables.USERNAME,
            CamundaVariables.PASSWORD,
            CamundaVariables.CLIENT_ID,
            CamundaVariables.CLIENT_SECRET,
            CamundaVariables.TOKEN_URL,
            CamundaVariables.AUDIENCE,
            CamundaVariables.SCOPE,
            CamundaVariables.CLUSTER_ID,
            CamundaVariables.REGION,
            new String[] {
              CamundaVariables.MODE,
              CamundaVariables.AUTH_METHOD,
              CamundaVariables.DOMAIN,
              CamundaVariables.PORT
            },
            ZeebeVariables.ALL)
        .flatMap(Arrays::stream)
        .filter(name -> name.startsWith(prefix))
        .filter(name -> env.get(name).isPresent())
        .toList();
  }
}
