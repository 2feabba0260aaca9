package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.Json;
import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.TicketCount;
import dev.kayakomcp.model.TicketCount.Counter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/** {@code kayako_get_ticket_counts}: Kayako's dashboard counters, by name. */
public final class GetTicketCountsTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_get_ticket_counts",
          "Get ticket counts",
          "Get ticket counts at a glance from Kayako's dashboard counters: per department (total and"
              + " unresolved), per status, per owner (unresolved) and unassigned per department,"
              + " each with names. Cheaper than listing tickets for 'how many' questions.",
          Schema.object().responseFormat().build(),
          outputSchema(),
          "tickets");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    ResponseFormat format = args.format();
    Future<TicketCount> pending = context.parallel().start(() -> context.client().ticketCount());
    Directory d = context.directory();
    TicketCount c = context.parallel().join(pending);
    Map<String, Object> m = new LinkedHashMap<>();
    List<Object> departments = new ArrayList<>();
    for (TicketCount.DepartmentCount x : c.departments()) {
      departments.add(
          row(
              x.id(),
              x.id() == 0 ? "no department (e.g. trash)" : d.departmentName(x.id()),
              x.totalItems(),
              x.totalUnresolvedItems(),
              x.lastActivity()));
    }
    List<Object> statuses = new ArrayList<>();
    for (Counter x : c.statuses()) {
      statuses.add(row(x.id(), d.statusName(x.id()), x.totalItems(), -1, x.lastActivity()));
    }
    List<Object> owners = new ArrayList<>();
    for (Counter x : c.owners()) {
      String name = x.id() == 0 ? "unassigned" : d.staffName(x.id());
      owners.add(row(x.id(), name, x.totalItems(), x.totalUnresolvedItems(), x.lastActivity()));
    }
    List<Object> unassigned = new ArrayList<>();
    int unassignedTotal = 0;
    for (Counter x : c.unassigned()) {
      unassigned.add(
          row(
              x.id(),
              d.departmentName(x.id()),
              x.totalItems(),
              x.totalUnresolvedItems(),
              x.lastActivity()));
      unassignedTotal += x.totalUnresolvedItems() >= 0 ? x.totalUnresolvedItems() : x.totalItems();
    }
    m.put("departments", departments);
    m.put("statuses", statuses);
    m.put("owners", owners);
    m.put("unassigned", unassigned);
    m.put("unassigned_unresolved_total", unassignedTotal);
    m.put("server_time", context.times().now());
    String text = format == ResponseFormat.JSON ? Json.write(m) : markdown(m);
    return new ToolResult(text, m);
  }

  private static Map<String, Object> row(
      int id, String name, int total, int unresolved, long lastActivity) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", id);
    r.put("name", name);
    r.put("total", total);
    r.put("unresolved", unresolved >= 0 ? unresolved : null);
    r.put("last_activity_at", Times.iso(lastActivity));
    return r;
  }

  @SuppressWarnings("unchecked")
  private static String markdown(Map<String, Object> m) {
    StringBuilder sb = new StringBuilder("# Ticket counts\n\n");
    sb.append("Kayako's dashboard counters at ").append(m.get("server_time")).append(".\n");
    for (String[] section :
        new String[][] {
          {"departments", "By department"},
          {"statuses", "By status"},
          {"owners", "By owner"},
          {"unassigned", "Unassigned, by department"}
        }) {
      sb.append("\n## ").append(section[1]).append("\n\n| id | name | total | unresolved |\n");
      sb.append("| --- | --- | --- | --- |\n");
      for (Object o : (List<Object>) m.get(section[0])) {
        Map<String, Object> r = (Map<String, Object>) o;
        sb.append("| ")
            .append(r.get("id"))
            .append(" | ")
            .append(r.get("name"))
            .append(" | ")
            .append(r.get("total"))
            .append(" | ")
            .append(r.get("unresolved") == null ? "—" : r.get("unresolved"))
            .append(" |\n");
      }
    }
    sb.append("\nUnassigned unresolved tickets in all: ")
        .append(m.get("unassigned_unresolved_total"))
        .append(". List them with kayako_list_tickets owner_staff_id=0 status_id=unresolved.\n");
    return sb.toString();
  }

  private static Map<String, Object> outputSchema() {
    Map<String, Object> row =
        OutputSchemas.object(
            Schema.ordered(
                "id", Schema.type("integer"),
                "name", Schema.nullable("string"),
                "total", Schema.type("integer"),
                "unresolved", Schema.nullable("integer"),
                "last_activity_at", Schema.nullable("string")),
            List.of("id", "total"));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("departments", Schema.arrayOf(row));
    p.put("statuses", Schema.arrayOf(row));
    p.put("owners", Schema.arrayOf(row));
    p.put("unassigned", Schema.arrayOf(row));
    p.put("unassigned_unresolved_total", Schema.type("integer"));
    p.put("server_time", Schema.type("string"));
    return OutputSchemas.object(
        p, List.of("departments", "statuses", "owners", "unassigned", "server_time"));
  }
}
