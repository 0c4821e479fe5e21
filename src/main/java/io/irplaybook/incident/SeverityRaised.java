package io.irplaybook.incident;

/**
 * A CDI event: the playbook raised an incident's severity ({@code incident.record}). Fired inside
 * the transaction that records it; observe it {@code during = AFTER_SUCCESS} to act only on a
 * committed change.
 */
public record SeverityRaised(String incidentId, String from, String to) {}
