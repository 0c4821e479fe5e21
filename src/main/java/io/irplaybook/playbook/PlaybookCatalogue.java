package io.irplaybook.playbook;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Documentation;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * What the gateway API does not carry: element names and documentation ("what done means") and the
 * diagram, read from the BPMN the service deploys (the configured directory, else the packaged
 * {@code bpmn/}). A process not found there is looked up as {@code bpmn/<bpmnProcessId>.bpmn} on
 * the classpath, the naming the playbooks follow.
 */
@ApplicationScoped
public class PlaybookCatalogue {

  private static final Logger LOG = Logger.getLogger(PlaybookCatalogue.class);

  /**
   * One flow element as the catalogue describes it; name and documentation may be empty strings.
   */
  public record Element(String id, String name, String documentation) {}

  private final PlaybookConfig config;
  private final Map<String, Optional<BpmnModelInstance>> models = new ConcurrentHashMap<>();
  private volatile Map<String, BpmnModelInstance> deployed;

  PlaybookCatalogue(PlaybookConfig config) {
    this.config = config;
  }

  /** The element of a process, when the process and element are known. */
  public Optional<Element> element(String bpmnProcessId, String elementId) {
    return model(bpmnProcessId)
        .map(m -> m.<FlowElement>getModelElementById(elementId))
        .map(
            e ->
                new Element(
                    e.getId(), nullToEmpty(e.getName()), documentation(e.getDocumentations())));
  }

  /** The process's name, or its id when it has none or is unknown. */
  public String processName(String bpmnProcessId) {
    return model(bpmnProcessId)
        .map(m -> m.<Process>getModelElementById(bpmnProcessId))
        .map(Process::getName)
        .filter(n -> !n.isBlank())
        .orElse(bpmnProcessId);
  }

  /** The parsed BPMN of a process. */
  public Optional<BpmnModelInstance> model(String bpmnProcessId) {
    return models.computeIfAbsent(bpmnProcessId, this::load);
  }

  private Optional<BpmnModelInstance> load(String bpmnProcessId) {
    BpmnModelInstance model = deployed().get(bpmnProcessId);
    if (model != null) {
      return Optional.of(model);
    }
    try (InputStream in =
        PlaybookCatalogue.class
            .getClassLoader()
            .getResourceAsStream(PlaybookFiles.PACKAGED_DIRECTORY + bpmnProcessId + ".bpmn")) {
      return in == null ? Optional.empty() : Optional.of(Bpmn.readModelFromStream(in));
    } catch (IOException | RuntimeException e) {
      LOG.warnf("Could not read the BPMN of process %s: %s", bpmnProcessId, e.getMessage());
      return Optional.empty();
    }
  }

  private Map<String, BpmnModelInstance> deployed() {
    if (deployed == null) {
      List<PlaybookResource> resources =
          config
              .directory()
              .map(PlaybookFiles::inDirectory)
              .orElseGet(() -> PlaybookFiles.packaged(PlaybookCatalogue.class.getClassLoader()));
      deployed =
          resources.stream()
              .filter(r -> r.name().endsWith(".bpmn"))
              .map(r -> Bpmn.readModelFromStream(new ByteArrayInputStream(r.content())))
              .flatMap(
                  m ->
                      m.getModelElementsByType(Process.class).stream()
                          .map(p -> Map.entry(p.getId(), m)))
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
    return deployed;
  }

  private static String documentation(Collection<Documentation> docs) {
    return docs.stream()
        .map(Documentation::getTextContent)
        .map(String::strip)
        .collect(Collectors.joining("\n"));
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
