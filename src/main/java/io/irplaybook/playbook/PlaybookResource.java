package io.irplaybook.playbook;

/**
 * One file to deploy: a BPMN process or a DMN decision.
 *
 * @param name file name; the gateway uses its extension to tell BPMN from DMN
 * @param content the file's bytes, sent unchanged so identical files deploy as no new version
 */
public record PlaybookResource(String name, byte[] content) {}
