package io.irplaybook.incident.service;

/**
 * What decision {@code select-playbook} answered.
 *
 * @param tier {@code small}, {@code mid} or {@code large}
 * @param playbook the process id of the playbook for that tier
 * @param rule a sentence naming the rule that matched
 */
public record TierDecision(String tier, String playbook, String rule) {}
