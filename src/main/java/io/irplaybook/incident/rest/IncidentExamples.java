package io.irplaybook.incident.rest;

/** Examples shown in the OpenAPI document and Swagger UI. */
final class IncidentExamples {

  static final String DECLARATION =
      """
      {"title": "Cloud backup exposure", "scenario": "cloud-config-backup-exposure", "severity": "high",
       "organization": {"name": "Acme KK", "employees": 120, "industry": "manufacturing",
                        "jurisdictions": ["JP"], "personalData": true, "locale": "ja"},
       "tierOverride": null, "tierOverrideReason": null,
       "assets": [{"name": "fw-tokyo-1", "kind": "firewall", "usedCloudBackup": true}]}""";

  static final String INCIDENT =
      """
      {"id": "INC-2026-0042", "title": "Cloud backup exposure", "scenario": "cloud-config-backup-exposure",
       "severity": "high", "status": "ACTIVE", "tier": "mid", "playbook": "playbook-mid",
       "tierRule": "50 to 499 employees", "processInstanceKey": 2251799813685262,
       "declaredAt": "2026-11-26T09:00:00Z", "declaredBy": "siem",
       "organization": {"name": "Acme KK", "employees": 120, "industry": "manufacturing",
                        "jurisdictions": ["JP"], "personalData": true, "locale": "ja"},
       "assets": [{"name": "fw-tokyo-1", "kind": "firewall", "usedCloudBackup": true}], "openSteps": []}""";

  static final String PENDING =
      """
      {"id": "INC-2026-0043", "title": "Cloud backup exposure", "status": "PENDING_START",
       "startError": "Could not evaluate decision select-playbook: UNAVAILABLE io exception", "declaredBy": "siem"}""";

  static final String INVALID =
      """
      {"type": "about:blank", "title": "Invalid incident declaration", "status": 400,
       "detail": "Fix the fields listed in 'errors' and send the request again; nothing was stored.",
       "errors": [{"field": "organization.employees", "message": "Expected a positive integer (the number of employees, e.g. 120), but got -3"},
                  {"field": "tierOverrideReason", "message": "Expected a reason when tierOverride is set (who decided it and why)"}]}""";

  static final String KEY_REUSED =
      """
      {"type": "about:blank", "title": "Idempotency-Key reused with a different request", "status": 422,
       "detail": "The Idempotency-Key 'a1b2' was first used with a different request body (incident INC-2026-0042); send the identical body to retry, or use a new key for a new incident."}""";

  static final String BATCH =
      """
      {"items": [
        {"title": "Vendor cloud backup exposure", "scenario": "cloud-config-backup-exposure", "severity": "high",
         "organization": {"name": "Customer A", "employees": 40, "jurisdictions": ["JP"], "personalData": false},
         "assets": [{"name": "fw-a-1", "kind": "firewall", "usedCloudBackup": true}]},
        {"idempotencyKey": "advisory-7-customer-b", "title": "Vendor cloud backup exposure",
         "scenario": "cloud-config-backup-exposure", "severity": "high",
         "organization": {"name": "Customer B", "employees": 0}}]}""";

  static final String BATCH_RESULT =
      """
      {"declared": 1, "failed": 1, "results": [
        {"index": 0, "status": 201, "incident": {"id": "INC-2026-0044", "tier": "small", "status": "ACTIVE"}},
        {"index": 1, "status": 400, "problem": {"title": "Invalid incident declaration", "status": 400,
          "errors": [{"field": "organization.employees", "message": "Expected a positive integer (the number of employees, e.g. 120), but got 0"}]}}]}""";

  static final String TIMELINE =
      """
      [{"seq": 1, "time": "2026-11-26T09:00:00Z", "action": "incident.declared", "actor": "siem", "result": "success", "details": {"scenario": "cloud-config-backup-exposure"}},
       {"seq": 2, "time": "2026-11-26T09:00:00Z", "action": "incident.tier-decided", "actor": "system:incident", "result": "success",
        "details": {"tier": "mid", "rule": "50 to 499 employees", "inputs": {"employees": 120, "tierOverride": null, "scenario": "cloud-config-backup-exposure"}}}]""";

  static final String CANCEL =
      """
      {"reason": "False positive: the exposed backup was a test device"}""";

  static final String RETRY_START =
      """
      {"reason": "Operate shows no instance of incident-response for INC-2026-0042; replica crashed during the start"}""";

  private IncidentExamples() {}
}
