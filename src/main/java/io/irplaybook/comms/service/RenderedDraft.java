package io.irplaybook.comms.service;

/**
 * One template rendered for one incident: subject, plain text, and HTML when the template has it.
 */
public record RenderedDraft(
    String template, String locale, String subject, String text, String html) {}
