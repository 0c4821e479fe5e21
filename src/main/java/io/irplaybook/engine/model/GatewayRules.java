package io.irplaybook.engine.model;

import java.util.Collection;
import java.util.List;

/** Deploy-time checks Zeebe makes in its engine rather than in the model's validators. */
final class GatewayRules {

  private GatewayRules() {}

  static void check(Collection<ExecutableElement> elements, List<String> problems) {
    for (ExecutableElement candidate : elements) {
      if (!(candidate instanceof ExecutableGateway element)) {
        continue;
      }
      boolean choosing =
          element.kind() == ElementKind.EXCLUSIVE_GATEWAY
              || element.kind() == ElementKind.INCLUSIVE_GATEWAY;
      if (!choosing || element.outgoing().size() < 2) {
        continue;
      }
      String kind = element.kind() == ElementKind.EXCLUSIVE_GATEWAY ? "exclusive" : "inclusive";
      for (ExecutableFlow flow : element.outgoing()) {
        if (flow.condition() == null && flow != element.defaultFlow()) {
          problems.add(
              "Expected every outgoing flow of "
                  + kind
                  + " gateway '"
                  + element.id()
                  + "' but the default to have a condition, but '"
                  + flow.id()
                  + "' has none");
        }
      }
    }
  }
}
