package dev.kayakomcp.format;

import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.report.Attention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tickets that need attention first, each with its reasons in words. */
public final class AttentionView {

  /** How the ranking works, stated in every answer. */
  public static final String HOW =
      "Ranked by a score in hours: how long the customer has waited for a staff reply, plus 24 h"
          + " for an overdue reply, 12 h for an overdue resolution, 24 h for an escalation, 24 h"
          + " for an urgent or high priority ticket without an owner, and 8 h for each"
          + " unanswered customer post beyond the first.";

  /** What was looked at, in words. */
  /**
   * @param cappedAt the cap when reading stopped at it, else 0
   */
  public record About(
      String filters, String serverTime, int considered, int withReasons, int cappedAt) {}

  private final List<Attention.Item> items;
  private final About about;
  private final Directory directory;

  public AttentionView(List<Attention.Item> items, About about, Directory directory) {
    this.items = List.copyOf(items);
    this.about = about;
    this.directory = directory;
  }

  public String markdown(int shown) {
    StringBuilder sb = new StringBuilder("# Needs attention\n\n");
    sb.append("Open tickets: ")
        .append(about.filters())
        .append(". ")
        .append(about.considered())
        .append(" open tickets read, ")
        .append(about.withReasons())
        .append(" with a reason to act. Server time: ")
        .append(about.serverTime())
        .append(".\n");
    if (about.cappedAt() > 0) {
      sb.append("**Cap reached**: only the newest ")
          .append(about.cappedAt())
          .append(
              " tickets were read. Narrow with department_id or owner_staff_id, or raise the cap"
                  + " (--report-max-tickets).\n");
    }
    sb.append('\n');
    if (items.isEmpty()) {
      sb.append(
          about.considered() == 0
              ? "No open tickets match. Check the filters (department_id, owner_staff_id).\n"
              : "Nothing needs attention: no customer is waiting, nothing is overdue or escalated,"
                  + " and no urgent ticket lacks an owner.\n");
    }
    int n = 0;
    for (Attention.Item item : items.subList(0, shown)) {
      Ticket t = item.ticket();
      sb.append(++n)
          .append(". **")
          .append(t.displayId())
          .append("** (id ")
          .append(t.id())
          .append(") ")
          .append(t.subject().replace("\n", " "))
          .append(" — ")
          .append(directory.departmentName(t.departmentId()))
          .append(" · ")
          .append(directory.priorityName(t.priorityId()))
          .append(" · ")
          .append(owner(t))
          .append(
              item.waitingSeconds() > 0
                  ? " · waiting " + Durations.span(item.waitingSeconds())
                  : "")
          .append("\n   Why: ")
          .append(String.join("; ", item.reasons().stream().map(Attention.Reason::words).toList()))
          .append('\n');
    }
    if (shown < items.size()) {
      sb.append("\nOnly ")
          .append(shown)
          .append(" of ")
          .append(items.size())
          .append(" tickets fit in one answer; pass a smaller limit.\n");
    }
    return sb.append('\n').append(HOW).append('\n').toString();
  }

  public Map<String, Object> structured(int shown) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("filters", about.filters());
    m.put("server_time", about.serverTime());
    m.put("open_tickets_read", about.considered());
    m.put("with_reasons", about.withReasons());
    m.put("capped_at", about.cappedAt() > 0 ? about.cappedAt() : null);
    List<Object> list = new ArrayList<>();
    for (Attention.Item item : items.subList(0, shown)) {
      Ticket t = item.ticket();
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("ticket_id", t.id());
      e.put("display_id", t.displayId());
      e.put("subject", t.subject());
      e.put("department", directory.departmentName(t.departmentId()));
      e.put("status", directory.statusName(t.statusId()));
      e.put("priority", directory.priorityName(t.priorityId()));
      e.put("owner", owner(t));
      e.put("waiting_seconds", item.waitingSeconds());
      e.put("score_hours", item.score() / 3600);
      e.put(
          "reasons",
          item.reasons().stream()
              .map(r -> (Object) Map.of("code", r.code(), "text", r.words()))
              .toList());
      list.add(e);
    }
    m.put("tickets", list);
    m.put("shown", shown);
    m.put("ranking", HOW);
    return m;
  }

  private String owner(Ticket t) {
    return t.ownerStaffId() == 0 ? "no owner" : "owner " + directory.staffName(t.ownerStaffId());
  }
}
