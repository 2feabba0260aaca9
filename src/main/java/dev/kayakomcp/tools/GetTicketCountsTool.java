package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.TicketCountsView;
import dev.kayakomcp.format.TicketCountsView.Row;
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
    List<Row> departments = new ArrayList<>();
    for (TicketCount.DepartmentCount x : c.departments()) {
      String name = x.id() == 0 ? "no department (e.g. trash)" : d.departmentName(x.id());
      departments.add(
          row(x.id(), name, x.totalItems(), x.totalUnresolvedItems(), x.lastActivity()));
    }
    List<Row> statuses = new ArrayList<>();
    for (Counter x : c.statuses()) {
      statuses.add(row(x.id(), d.statusName(x.id()), x.totalItems(), -1, x.lastActivity()));
    }
    List<Row> owners = new ArrayList<>();
    for (Counter x : c.owners()) {
      String name = x.id() == 0 ? "unassigned" : d.staffName(x.id());
      owners.add(row(x.id(), name, x.totalItems(), x.totalUnresolvedItems(), x.lastActivity()));
    }
    List<Row> unassigned = new ArrayList<>();
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
    TicketCountsView view =
        new TicketCountsView(
            departments, statuses, owners, unassigned, unassignedTotal, context.times().now());
    return Budgeted.render(format, view.items(), view::markdown, view::structured);
  }

  private static Row row(int id, String name, int total, int unresolved, long lastActivity) {
    return new Row(id, name, total, unresolved >= 0 ? unresolved : null, lastActivity);
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
    p.put("cut_by_size", Schema.type("boolean"));
    return OutputSchemas.object(
        p, List.of("departments", "statuses", "owners", "unassigned", "server_time"));
  }
}
