package io.irplaybook.audit;

import java.util.List;
import java.util.UUID;

/** Events for tests, each run under an incident id of its own so suites can share a database. */
final class AuditTestData {

  private AuditTestData() {}

  static String newIncidentId() {
    return "INC-TEST-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static AuditEvent event(String incidentId, int n) {
    return AuditEvent.of(
            "alice", n % 2 == 0 ? "task.claimed" : "task.completed", "task", "task-" + n)
        .incident(incidentId)
        .sourceIp("192.0.2." + (n % 250))
        .processInstance(2251799813685000L + n)
        .job(4503599627370000L + n)
        .detail("n", n)
        .detail("comment", "step \"" + n + "\" done, see evidence\\" + n)
        .detail("checklist", List.of("isolate", "rotate"))
        .build();
  }
}
