package dev.kayakomcp.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code kayako_get_ticket_counts}: Kayako's dashboard counters by department,
 * status, owner and unassigned per department. The answer budget counts every row of the four
 * tables in that order and keeps {@code shown} from the front; a cut table says so.
 *
 * @param departments rows by department
 * @param statuses rows by status
 * @param owners rows by owner
 * @param unassigned unassigned rows by department
 * @param unassignedTotal unassigned unresolved tickets over all departments
 * @param serverTime now, as the answer states it
 */
public record TicketCountsView(
    List<Row> departments,
    List<Row> statuses,
    List<Row> owners,
    List<Row> unassigned,
    int unassignedTotal,
    String serverTime) {

  /** One counter: what it counts (id and name), its total, unresolved (null when not given). */
  public record Row(int id, String name, int total, Integer unresolved, long lastActivity) {

    Map<String, Object> structured() {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", id);
      r.put("name", name);
      r.put("total", total);
      r.put("unresolved", unresolved);
      r.put("last_activity_at", Times.iso(lastActivity));
      return r;
    }
  }

  private List<List<Row>> tables() {
    return List.of(departments, statuses, owners, unassigned);
  }

  private static final List<String> KEYS =
      List.of("departments", "statuses", "owners", "unassigned");

  private static final List<String> TITLES =
      List.of("By department", "By status", "By owner", "Unassigned, by department");

  /** How many rows the budget may cut. */
  public int items() {
    return tables().stream().mapToInt(List::size).sum();
  }

  public String markdown(int shown) {
    StringBuilder sb = new StringBuilder("# Ticket counts\n\n");
    sb.append("Kayako's dashboard counters at ").append(serverTime).append(".\n");
    int left = shown;
    for (int i = 0; i < KEYS.size(); i++) {
      List<Row> rows = tables().get(i);
      int n = Math.min(left, rows.size());
      left -= n;
      sb.append("\n## ").append(TITLES.get(i)).append("\n\n| id | name | total | unresolved |\n");
      sb.append("| --- | --- | --- | --- |\n");
      for (Row r : rows.subList(0, n)) {
        sb.append("| ").append(r.id()).append(" | ").append(r.name()).append(" | ");
        sb.append(r.total()).append(" | ");
        sb.append(r.unresolved() == null ? "—" : r.unresolved()).append(" |\n");
      }
      sb.append(Paging.didNotFit(n, rows.size(), "rows"));
    }
    sb.append("\nUnassigned unresolved tickets in all: ")
        .append(unassignedTotal)
        .append(". List them with kayako_list_tickets owner_staff_id=0 status_id=unresolved.\n");
    return sb.toString();
  }

  public Map<String, Object> structured(int shown) {
    Map<String, Object> m = new LinkedHashMap<>();
    int left = shown;
    for (int i = 0; i < KEYS.size(); i++) {
      List<Row> rows = tables().get(i);
      int n = Math.min(left, rows.size());
      left -= n;
      m.put(KEYS.get(i), rows.subList(0, n).stream().map(r -> (Object) r.structured()).toList());
    }
    m.put("unassigned_unresolved_total", unassignedTotal);
    m.put("server_time", serverTime);
    if (shown < items()) {
      m.put("cut_by_size", true);
    }
    return m;
  }
}
