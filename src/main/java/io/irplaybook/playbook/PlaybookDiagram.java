package io.irplaybook.playbook;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.Event;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Gateway;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.dc.Bounds;
import io.camunda.zeebe.model.bpmn.instance.di.Waypoint;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Draws a playbook as inline SVG from the BPMN diagram interchange (the shapes and edges Camunda
 * Modeler laid out), so the incident page shows it without JavaScript. Each step is coloured by its
 * state and also carries the state as text (title and class), so colour is not the only cue.
 */
@ApplicationScoped
public class PlaybookDiagram {

  /** Where a step stands in one incident. */
  public enum StepState {
    COMPLETED,
    CURRENT,
    /** Not reached: not taken, or not yet (the default of every element without a state). */
    PENDING,
    /**
     * Reached, then left without completing (an interrupting boundary event, a cancelled scope).
     */
    INTERRUPTED
  }

  private static final int MARGIN = 40;

  /** Characters per label line inside a task box of Modeler's default width (100). */
  private static final int LINE_CHARS = 16;

  private final PlaybookCatalogue catalogue;

  /**
   * Drawings by process id and title. The catalogue keeps each model for the life of the service,
   * so a drawing never goes stale; drawing a large playbook's shapes with String.format took half
   * of the incident page's time, and only the states differ from one page to the next.
   */
  private final Map<String, Optional<Drawing>> drawings = new ConcurrentHashMap<>();

  PlaybookDiagram(PlaybookCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * The SVG of the process, or empty when its BPMN or diagram is unknown. Unlisted steps are
   * pending.
   */
  public Optional<String> svg(String bpmnProcessId, Map<String, StepState> states, String title) {
    return drawings
        .computeIfAbsent(
            bpmnProcessId + '\n' + title,
            key ->
                catalogue
                    .model(bpmnProcessId)
                    .filter(m -> !m.getModelElementsByType(BpmnShape.class).isEmpty())
                    .map(m -> draw(m, title)))
        .map(drawing -> drawing.render(states));
  }

  /** A process drawn once: the frame and flows as they are, each step in each of its states. */
  private record Drawing(String head, List<Step> steps) {

    String render(Map<String, StepState> states) {
      int size = head.length() + 6;
      for (Step step : steps) {
        size += step.byState().get(StepState.PENDING).length() + 40;
      }
      StringBuilder svg = new StringBuilder(size).append(head);
      for (Step step : steps) {
        svg.append(step.byState().get(states.getOrDefault(step.elementId(), StepState.PENDING)));
      }
      return svg.append("</svg>").toString();
    }
  }

  private record Step(String elementId, Map<StepState, String> byState) {}

  private static Drawing draw(BpmnModelInstance model, String title) {
    double maxX = 0;
    double maxY = 0;
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      Bounds b = shape.getBounds();
      minX = Math.min(minX, b.getX());
      minY = Math.min(minY, b.getY());
      maxX = Math.max(maxX, b.getX() + b.getWidth());
      maxY = Math.max(maxY, b.getY() + b.getHeight() + 20);
    }
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"playbook-diagram\" role=\"img\" aria-label=\"%s\" viewBox=\"%.0f %.0f %.0f %.0f\" width=\"%.0f\">",
            escape(title),
            minX - MARGIN,
            minY - MARGIN,
            maxX - minX + 2 * MARGIN,
            maxY - minY + 2 * MARGIN,
            maxX - minX + 2 * MARGIN));
    svg.append("<title>").append(escape(title)).append("</title>");
    svg.append(
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\">"
            + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>");
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      StringBuilder points = new StringBuilder();
      for (Waypoint w : edge.getWaypoints()) {
        points.append(String.format(Locale.ROOT, "%.0f,%.0f ", w.getX(), w.getY()));
      }
      svg.append(
              "<polyline class=\"flow\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\" points=\"")
          .append(points.toString().strip())
          .append("\"/>");
    }
    List<Step> steps = new ArrayList<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      BaseElement element = shape.getBpmnElement();
      if (element instanceof FlowNode node) {
        Map<StepState, String> byState = new EnumMap<>(StepState.class);
        for (StepState state : StepState.values()) {
          StringBuilder drawn = new StringBuilder();
          shape(drawn, node, shape.getBounds(), state);
          byState.put(state, drawn.toString());
        }
        steps.add(new Step(node.getId(), byState));
      }
    }
    return new Drawing(svg.toString(), List.copyOf(steps));
  }

  private static void shape(StringBuilder svg, FlowNode node, Bounds b, StepState state) {
    String stateName = state.name().toLowerCase(Locale.ROOT);
    String fill =
        switch (state) {
          case COMPLETED -> "#d4edda";
          case CURRENT -> "#fff3cd";
          case PENDING -> "#f4f4f4";
          case INTERRUPTED -> "#f8d7da";
        };
    String stroke =
        switch (state) {
          case COMPLETED -> "#1e7e34";
          case CURRENT -> "#b36b00";
          case PENDING -> "#999";
          case INTERRUPTED -> "#a71d2a";
        };
    String width = state == StepState.CURRENT ? "4" : "2";
    String name = node.getName() == null ? "" : node.getName();
    svg.append("<g class=\"step step-")
        .append(stateName)
        .append("\" data-element-id=\"")
        .append(escape(node.getId()))
        .append("\" data-state=\"")
        .append(stateName)
        .append("\"><title>")
        .append(escape(name.isEmpty() ? node.getId() : name))
        .append(" (")
        .append(stateName)
        .append(")</title>");
    String style =
        String.format(" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"", fill, stroke, width);
    double cx = b.getX() + b.getWidth() / 2;
    double cy = b.getY() + b.getHeight() / 2;
    if (node instanceof Event) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\"%s/>",
              cx,
              cy,
              b.getWidth() / 2,
              style));
      label(svg, name, cx, b.getY() + b.getHeight() + 14, 11);
    } else if (node instanceof Gateway) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<polygon points=\"%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f\"%s/>",
              cx,
              b.getY(),
              b.getX() + b.getWidth(),
              cy,
              cx,
              b.getY() + b.getHeight(),
              b.getX(),
              cy,
              style));
      label(svg, name, cx, b.getY() + b.getHeight() + 14, 11);
    } else {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"10\"%s/>",
              b.getX(),
              b.getY(),
              b.getWidth(),
              b.getHeight(),
              style));
      List<String> lines = wrap(name, Math.max(8, (int) (b.getWidth() / 100 * LINE_CHARS)));
      double top = cy + 4 - (lines.size() - 1) * 6.5;
      for (int i = 0; i < lines.size(); i++) {
        label(svg, lines.get(i), cx, top + i * 13, 11);
      }
      if (state == StepState.COMPLETED) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.0f\" y=\"%.0f\" font-size=\"14\" fill=\"#1e7e34\">&#10003;</text>",
                b.getX() + b.getWidth() - 16,
                b.getY() + 16));
      }
    }
    svg.append("</g>");
  }

  private static void label(StringBuilder svg, String text, double x, double y, int size) {
    if (!text.isEmpty()) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.0f\" y=\"%.0f\" font-size=\"%d\" text-anchor=\"middle\" font-family=\"sans-serif\">%s</text>",
              x,
              y,
              size,
              escape(text)));
    }
  }

  /**
   * Splits a label into lines at spaces (or anywhere, for text without spaces such as Japanese).
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      while (word.length() > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, width));
        word = word.substring(width);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  static String escape(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
