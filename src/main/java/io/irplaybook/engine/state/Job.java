package io.irplaybook.engine.state;

import java.util.Map;

/** A unit of work for a job worker. Changed only by events. */
public final class Job {

  private final long key;
  private final String type;
  private final Map<String, String> customHeaders;
  private final long elementInstanceKey;
  private final long processInstanceKey;
  private final long processDefinitionKey;
  private final String bpmnProcessId;
  private final int processDefinitionVersion;
  private final String elementId;
  JobState state = JobState.ACTIVATABLE;
  int retries;
  String worker = "";
  long deadline;
  long backoffUntil;
  String errorMessage = "";

  public Job(
      long key,
      String type,
      int retries,
      Map<String, String> customHeaders,
      long elementInstanceKey,
      long processInstanceKey,
      long processDefinitionKey,
      String bpmnProcessId,
      int processDefinitionVersion,
      String elementId) {
    this.key = key;
    this.type = type;
    this.retries = retries;
    this.customHeaders = customHeaders;
    this.elementInstanceKey = elementInstanceKey;
    this.processInstanceKey = processInstanceKey;
    this.processDefinitionKey = processDefinitionKey;
    this.bpmnProcessId = bpmnProcessId;
    this.processDefinitionVersion = processDefinitionVersion;
    this.elementId = elementId;
  }

  public long key() {
    return key;
  }

  public String type() {
    return type;
  }

  public Map<String, String> customHeaders() {
    return customHeaders;
  }

  public long elementInstanceKey() {
    return elementInstanceKey;
  }

  public long processInstanceKey() {
    return processInstanceKey;
  }

  public long processDefinitionKey() {
    return processDefinitionKey;
  }

  public String bpmnProcessId() {
    return bpmnProcessId;
  }

  public int processDefinitionVersion() {
    return processDefinitionVersion;
  }

  public String elementId() {
    return elementId;
  }

  public JobState state() {
    return state;
  }

  public int retries() {
    return retries;
  }

  public String worker() {
    return worker;
  }

  /** Epoch milliseconds after which an activated job may be handed out again. */
  public long deadline() {
    return deadline;
  }

  public long backoffUntil() {
    return backoffUntil;
  }

  public String errorMessage() {
    return errorMessage;
  }
}
