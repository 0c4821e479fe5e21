package io.irplaybook.deploy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization: with {@code kubectl kustomize} when kubectl is on the PATH, else with
 * the small subset k8s/ is written in (resources, and strategic-merge patches matched by kind and
 * name, merging maps key by key and lists of named items by name).
 */
final class Kustomize {

  private static final YAMLMapper YAML = new YAMLMapper();

  private Kustomize() {}

  /** The rendered objects, by kubectl if it is present and works, else by {@link #renderSubset}. */
  static List<Map<String, Object>> render(Path kustomization) {
    String kubectl = kubectlOutput(kustomization);
    return kubectl != null ? documents(kubectl) : renderSubset(kustomization);
  }

  /** kubectl's rendering, or null when kubectl is absent or fails. */
  static String kubectlOutput(Path kustomization) {
    try {
      Process process =
          new ProcessBuilder("kubectl", "kustomize", kustomization.toString())
              .redirectErrorStream(false)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      boolean ended = process.waitFor(60, TimeUnit.SECONDS);
      return ended && process.exitValue() == 0 ? output : null;
    } catch (IOException e) {
      return null; // no kubectl on this machine
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> renderSubset(Path dir) {
    Map<String, Object> kustomization = documents(read(dir.resolve("kustomization.yaml"))).get(0);
    List<Map<String, Object>> objects = new ArrayList<>();
    for (Object resource : (List<Object>) kustomization.getOrDefault("resources", List.of())) {
      Path path = dir.resolve(resource.toString()).normalize();
      objects.addAll(Files.isDirectory(path) ? renderSubset(path) : documents(read(path)));
    }
    for (Object entry : (List<Object>) kustomization.getOrDefault("patches", List.of())) {
      Map<String, Object> patch =
          documents(read(dir.resolve(((Map<String, Object>) entry).get("path").toString()))).get(0);
      Map<String, Object> target =
          objects.stream()
              .filter(
                  o ->
                      Objects.equals(o.get("kind"), patch.get("kind"))
                          && Objects.equals(name(o), name(patch)))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "Patch for "
                              + patch.get("kind")
                              + " "
                              + name(patch)
                              + " matches no resource in "
                              + dir));
      merge(target, patch);
    }
    return objects;
  }

  @SuppressWarnings("unchecked")
  private static void merge(Map<String, Object> target, Map<String, Object> patch) {
    patch.forEach(
        (key, value) -> {
          Object existing = target.get(key);
          if (existing instanceof Map && value instanceof Map) {
            merge((Map<String, Object>) existing, (Map<String, Object>) value);
          } else if (existing instanceof List
              && value instanceof List
              && isNamedList((List<Object>) value)) {
            mergeByName((List<Object>) existing, (List<Object>) value);
          } else {
            target.put(key, value);
          }
        });
  }

  @SuppressWarnings("unchecked")
  private static void mergeByName(List<Object> existing, List<Object> patch) {
    // Like kustomize: items new to the list come first, in the patch's order; known ones merge in
    // place.
    List<Object> added = new ArrayList<>();
    for (Object item : patch) {
      Object name = ((Map<String, Object>) item).get("name");
      existing.stream()
          .filter(
              e -> e instanceof Map && Objects.equals(((Map<String, Object>) e).get("name"), name))
          .findFirst()
          .ifPresentOrElse(
              e -> merge((Map<String, Object>) e, (Map<String, Object>) item),
              () -> added.add(item));
    }
    existing.addAll(0, added);
  }

  private static boolean isNamedList(List<Object> list) {
    return !list.isEmpty()
        && list.stream().allMatch(item -> item instanceof Map<?, ?> map && map.containsKey("name"));
  }

  @SuppressWarnings("unchecked")
  private static Object name(Map<String, Object> object) {
    return ((Map<String, Object>) object.getOrDefault("metadata", Map.of())).get("name");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> documents(String yaml) {
    List<Map<String, Object>> documents = new ArrayList<>();
    try (MappingIterator<Map<String, Object>> iterator =
        YAML.readerFor(LinkedHashMap.class).readValues(yaml)) {
      while (iterator.hasNext()) {
        Map<String, Object> document = iterator.next();
        if (document != null && !document.isEmpty()) {
          documents.add(document);
        }
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + path, e);
    }
  }
}
