package io.irplaybook.web;

import io.irplaybook.web.Dashboard.TierFigures;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's figures as a grouped bar chart in SVG, drawn on the server so the page needs no
 * chart script: one group per tier, one bar per figure, hours on the axis. The same numbers are in
 * the table below it, for screen readers and for copying.
 */
final class BarChart {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 260;
  private static final int LEFT = 56;
  private static final int BOTTOM = 40;
  private static final int TOP = 28;
  private static final String[] COLOURS = {"#0b5cad", "#1e6b34", "#8a5300"};

  private BarChart() {}

  /**
   * @param series the names of the three figures, in the order of {@link TierFigures}' durations
   * @param title the chart's accessible name
   */
  static String of(List<TierFigures> figures, List<String> series, String title) {
    double maxHours =
        figures.stream()
            .flatMap(f -> durations(f).stream())
            .filter(d -> d != null)
            .mapToDouble(BarChart::hours)
            .max()
            .orElse(0);
    double scaleMax = niceCeiling(maxHours);
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int groupWidth = (WIDTH - LEFT - 10) / Math.max(1, figures.size());
    int barWidth = Math.max(8, (groupWidth - 24) / 3);
    StringBuilder svg = new StringBuilder();
    svg.append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\""
                    + " aria-labelledby=\"chart-title\" class=\"bar-chart\">",
                WIDTH,
                HEIGHT))
        .append("<title id=\"chart-title\">")
        .append(escape(title))
        .append("</title>");
    // Axis with four gridlines, labelled in hours.
    for (int i = 0; i <= 4; i++) {
      double value = scaleMax * i / 4;
      int y = TOP + plotHeight - (int) Math.round(plotHeight * i / 4.0);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ccc\"/>"
                  + "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\" fill=\"#333\">%s h</text>",
              LEFT,
              y,
              WIDTH - 10,
              y,
              LEFT - 6,
              y + 4,
              format(value)));
    }
    for (int g = 0; g < figures.size(); g++) {
      TierFigures f = figures.get(g);
      int x0 = LEFT + g * groupWidth + 12;
      List<Duration> values = durations(f);
      for (int b = 0; b < values.size(); b++) {
        Duration d = values.get(b);
        double h = d == null ? 0 : hours(d);
        int barHeight = scaleMax == 0 ? 0 : (int) Math.round(plotHeight * h / scaleMax);
        int x = x0 + b * barWidth;
        int y = TOP + plotHeight - barHeight;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\""
                    + " data-tier=\"%s\" data-series=\"%d\"><title>%s %s: %s</title></rect>",
                x,
                y,
                barWidth - 2,
                barHeight,
                COLOURS[b],
                escape(f.tier()),
                b,
                escape(f.tier()),
                escape(series.get(b)),
                d == null ? "-" : escape(RelativeTime.span(d))));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" font-size=\"13\" text-anchor=\"middle\" fill=\"#1a1a1a\">%s (%d)</text>",
              x0 + barWidth * 3 / 2,
              HEIGHT - BOTTOM + 18,
              escape(f.tier()),
              f.incidents()));
    }
    // Legend along the top.
    for (int b = 0; b < series.size(); b++) {
      int x = LEFT + b * 180;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"6\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"16\" font-size=\"12\" fill=\"#1a1a1a\">%s</text>",
              x,
              COLOURS[b],
              x + 16,
              escape(series.get(b))));
    }
    return svg.append("</svg>").toString();
  }

  private static List<Duration> durations(TierFigures f) {
    return java.util.Arrays.asList(f.timeToFirstAction(), f.timeToContain(), f.timeToClose());
  }

  private static double hours(Duration d) {
    return d.toSeconds() / 3600.0;
  }

  /** A round top for the axis: 1, 2 or 5 times a power of ten (at least one hour). */
  static double niceCeiling(double value) {
    if (value <= 1) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (value <= step * magnitude) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String format(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
