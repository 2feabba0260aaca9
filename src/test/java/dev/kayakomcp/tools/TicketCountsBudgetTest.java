package dev.kayakomcp.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.format.TicketCountsView;
import dev.kayakomcp.format.TicketCountsView.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** kayako_get_ticket_counts' answer stays within the answer budget and says what was cut. */
class TicketCountsBudgetTest {

  private static List<Row> rows(int n, String name) {
    List<Row> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(new Row(i, name + " " + i + " with a fairly long title", 10 + i, i, 1_700_000_000L));
    }
    return out;
  }

  @Test
  void manyCountersAreCutFromTheEndAndSaySo() {
    TicketCountsView view =
        new TicketCountsView(
            rows(50, "Department"),
            rows(50, "Status"),
            rows(900, "Staff"),
            rows(50, "Dept"),
            7,
            "now");
    for (ResponseFormat format : ResponseFormat.values()) {
      ToolResult r = Budgeted.render(format, view.items(), view::markdown, view::structured);
      assertThat(r.text().length()).isLessThanOrEqualTo(25_000);
      Map<String, Object> s = r.structured();
      assertThat((List<?>) s.get("departments")).hasSize(50);
      assertThat((List<?>) s.get("statuses")).hasSize(50);
      assertThat(((List<?>) s.get("owners")).size()).isLessThan(900);
      assertThat((List<?>) s.get("unassigned")).isEmpty();
      assertThat(s.get("cut_by_size")).isEqualTo(true);
    }
    String md =
        Budgeted.render(ResponseFormat.MARKDOWN, view.items(), view::markdown, view::structured)
            .text();
    assertThat(md).contains("of 900 rows (the rest did not fit in one answer)");
  }

  @Test
  void aSmallHelpdeskIsShownWhole() {
    TicketCountsView view =
        new TicketCountsView(rows(3, "D"), rows(4, "S"), rows(5, "O"), rows(2, "U"), 1, "now");
    ToolResult r =
        Budgeted.render(ResponseFormat.JSON, view.items(), view::markdown, view::structured);
    assertThat(r.structured()).doesNotContainKey("cut_by_size");
    assertThat((List<?>) r.structured().get("owners")).hasSize(5);
  }
}
