package dev.kayakomcp.format;

import dev.kayakomcp.report.Aggregation;
import dev.kayakomcp.report.GroupKey;
import dev.kayakomcp.report.GroupStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * A report's bar chart as PNG, drawn headless with XChart: tickets and open tickets per group, or,
 * with two dimensions, tickets per first-dimension group stacked by the second (its eight largest
 * values, the rest as "Other"). A time dimension always goes on the x axis.
 */
public final class ReportChart {

  /** Groups along the x axis a chart may have when no dimension is time. */
  public static final int MAX_GROUPS = 20;

  private static final int MAX_SERIES = 8;

  /** Turns a built chart into PNG bytes; replaceable to simulate a JVM without fonts. */
  @FunctionalInterface
  public interface Encoder {
    byte[] png(CategoryChart chart) throws Exception;
  }

  /** A drawn chart, or why none could be drawn. */
  public record Drawn(byte[] png, String failure) {}

  private final Encoder encoder;

  public ReportChart() {
    this(chart -> BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
  }

  public ReportChart(Encoder encoder) {
    this.encoder = encoder;
  }

  static {
    // No window system is needed, or wanted, to draw into an image.
    System.setProperty("java.awt.headless", "true");
  }

  /**
   * Why {@code a} cannot be charted, or null when it can: it needs a grouping, and a time dimension
   * or at most {@link #MAX_GROUPS} groups along the x axis.
   */
  public static String unsuitable(Aggregation a) {
    if (a.dimensions().isEmpty()) {
      return "a chart needs group_by";
    }
    int x = xIndex(a);
    if (a.dimensions().get(x).isTime()) {
      return null;
    }
    long groups = a.groups().keySet().stream().map(k -> k.ids().get(x)).distinct().count();
    return groups > MAX_GROUPS
        ? "a chart shows at most " + MAX_GROUPS + " groups (this report has " + groups + ")"
        : null;
  }

  /** Draws the chart; never throws: a JVM without fonts (or any drawing failure) gives a reason. */
  public Drawn draw(Aggregation a, String title) {
    try {
      return new Drawn(encoder.png(build(a, title)), null);
    } catch (Exception | LinkageError | InternalError | java.awt.AWTError e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Drawn(null, "the chart could not be drawn (" + why + ")");
    }
  }

  private static int xIndex(Aggregation a) {
    return a.dimensions().size() == 2
            && a.dimensions().get(1).isTime()
            && !a.dimensions().get(0).isTime()
        ? 1
        : 0;
  }

  private static CategoryChart build(Aggregation a, String title) {
    int x = xIndex(a);
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(900)
            .height(500)
            .title(title)
            .xAxisTitle(a.dimensions().get(x).title())
            .yAxisTitle("Tickets")
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setXAxisLabelRotation(45);
    chart.getStyler().setYAxisDecimalPattern("#,###");
    Map<GroupKey, GroupStats> groups = a.groups();
    Map<String, String> categories = new LinkedHashMap<>();
    // Time buckets are named by their short id (2026-W48), the rest by their names.
    boolean time = a.dimensions().get(x).isTime();
    groups
        .keySet()
        .forEach(
            k -> categories.putIfAbsent(k.ids().get(x), time ? k.ids().get(x) : a.label(k, x)));
    List<String> xs = new ArrayList<>(categories.keySet());
    List<String> names = new ArrayList<>(categories.values());
    if (a.dimensions().size() == 1) {
      List<Number> total = new ArrayList<>();
      List<Number> open = new ArrayList<>();
      groups.values().forEach(g -> total.add(g.count()));
      groups.values().forEach(g -> open.add(g.unresolved()));
      chart.addSeries("Tickets", names, total);
      chart.addSeries("Open", names, open);
      return chart;
    }
    chart.getStyler().setStacked(true);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    int s = 1 - x;
    Map<String, Integer> sizes = new LinkedHashMap<>();
    Map<String, String> seriesNames = new LinkedHashMap<>();
    groups.forEach(
        (k, g) -> {
          sizes.merge(k.ids().get(s), g.count(), Integer::sum);
          seriesNames.putIfAbsent(k.ids().get(s), a.label(k, s));
        });
    List<String> top =
        sizes.entrySet().stream()
            .sorted((p, q) -> Integer.compare(q.getValue(), p.getValue()))
            .limit(sizes.size() > MAX_SERIES ? MAX_SERIES - 1 : MAX_SERIES)
            .map(Map.Entry::getKey)
            .toList();
    Map<String, long[]> series = new LinkedHashMap<>();
    top.forEach(id -> series.put(id, new long[xs.size()]));
    groups.forEach(
        (k, g) -> {
          String id = top.contains(k.ids().get(s)) ? k.ids().get(s) : "\u0000other";
          series.computeIfAbsent(id, i -> new long[xs.size()])[xs.indexOf(k.ids().get(x))] +=
              g.count();
        });
    series.forEach(
        (id, counts) -> {
          List<Number> ys = new ArrayList<>();
          for (long c : counts) {
            ys.add(c);
          }
          chart.addSeries(id.equals("\u0000other") ? "Other" : seriesNames.get(id), names, ys);
        });
    return chart;
  }
}
