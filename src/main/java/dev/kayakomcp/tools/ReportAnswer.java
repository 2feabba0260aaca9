package dev.kayakomcp.tools;

import dev.kayakomcp.format.ReportChart;
import dev.kayakomcp.format.ReportView;
import dev.kayakomcp.format.ResponseBudget;
import dev.kayakomcp.report.ReportResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.ImageContent;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's answer: the table within the answer budget (groups left out say so, the totals row
 * stays), and the chart as PNG image content when asked for and possible — or, where it cannot be
 * drawn, a sentence saying why beside the table.
 */
final class ReportAnswer {

  /** Room kept in the budget for the sentence about the chart. */
  private static final int CHART_NOTE_ROOM = 400;

  private ReportAnswer() {}

  static ToolResult render(ReportRequest r, ReportResult result, ReportView view) {
    String note = null;
    List<Content> extra = List.of();
    if (r.chart()) {
      String unsuitable = ReportChart.unsuitable(result.current());
      if (unsuitable != null) {
        note = "No chart: " + unsuitable + ".";
      } else {
        ReportChart.Drawn drawn =
            new ReportChart()
                .draw(
                    result.current(),
                    "Tickets by "
                        + String.join(
                            " and ",
                            r.groupBy().stream()
                                .map(d -> d.title().toLowerCase(java.util.Locale.ROOT))
                                .toList()));
        if (drawn.png() != null) {
          extra =
              List.of(
                  new ImageContent(
                      null, Base64.getEncoder().encodeToString(drawn.png()), "image/png"));
          note = "Chart: attached as a PNG image.";
        } else {
          note = "No chart: " + drawn.failure() + "; the table has every figure.";
        }
      }
    }
    String chartNote = note;
    ToolResult table =
        Budgeted.render(
            r.format(),
            view.rows(),
            new Budgeted.Renderer() {
              @Override
              public String markdown(int shown) {
                return view.markdown(shown) + (chartNote == null ? "" : "\n" + chartNote + "\n");
              }

              @Override
              public Map<String, Object> structured(int shown) {
                Map<String, Object> m = new LinkedHashMap<>(view.structured(shown));
                m.put("chart", chartNote);
                return m;
              }
            },
            ResponseBudget.MAX_CHARS - CHART_NOTE_ROOM);
    return new ToolResult(table.text(), table.structured(), extra);
  }
}
