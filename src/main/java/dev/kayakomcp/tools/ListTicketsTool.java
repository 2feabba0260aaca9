package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.TicketQuery;
import dev.kayakomcp.format.TicketListView;
import dev.kayakomcp.format.TicketView;
import dev.kayakomcp.model.Directory;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kayako_list_tickets}: tickets filtered by department, status, owner and customer. */
public final class ListTicketsTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_list_tickets",
          "List tickets",
          "List tickets with filters, sorting and paging; by default ALL ticket departments and"
              + " ALL statuses (resolved included). department_id, status_id (also \"unresolved\""
              + " or \"resolved\"), owner_staff_id (0 = unassigned), user_id, organization_id,"
              + " priority_id, type_id take an id or comma list; tag a tag or comma list."
              + " updated_since/updated_before/created_since/created_before take ISO-8601 or"
              + " 24h/7d/2w (answers state the server time). Returns totals and has_more; pass"
              + " offset for the next page; read one with kayako_get_ticket.",
          Schema.object()
              .apply(TicketFilter::addTo)
              .integer("limit", "Tickets per page.", 1, 100, 20)
              .integer("offset", "How many tickets to skip.", 0, 1_000_000, 0)
              .string(
                  "sort_field",
                  "lastactivity (default), dateline (created), duetime, totalreplies,"
                      + " ticketstatustitle, prioritytitle, departmenttitle, ticketid, ...")
              .enumeration("sort_order", "ASC or DESC (default).", List.of("ASC", "DESC"), "DESC")
              .responseFormat()
              .build(),
          outputSchema(),
          "tickets");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  /** The arguments, parsed once. */
  record Request(
      TicketFilter filter,
      int limit,
      int offset,
      String sortField,
      TicketQuery.SortOrder sortOrder,
      ResponseFormat format) {

    static Request parse(ToolArgs args, Directory directory, Clock clock) {
      TicketFilter filter = TicketFilter.parse(args, directory, clock);
      String field = SortFields.resolve(args.string("sort_field", "lastactivity"));
      TicketQuery.SortOrder order = SortFields.order(args.string("sort_order", "DESC"));
      TimeWindow window = filter.window();
      if (!window.isEmpty()) {
        String windowField = TicketListing.windowField(window);
        if ((args.has("sort_field") && !field.equals(windowField))
            || (args.has("sort_order") && order != TicketQuery.SortOrder.DESC)) {
          throw new ToolArgumentException(
              "With time filters tickets are read newest first by "
                  + windowField
                  + " (so reading can stop at the window's start); omit sort_field and"
                  + " sort_order.");
        }
        field = windowField;
        order = TicketQuery.SortOrder.DESC;
      }
      return new Request(
          filter,
          args.intInRange("limit", 20, 1, 100),
          args.intInRange("offset", 0, 0, 1_000_000),
          field,
          order,
          args.format());
    }

    /** The next page's arguments, offset aside: the filter, the page size and the order. */
    Map<String, Object> nextArguments() {
      Map<String, Object> next = new LinkedHashMap<>(filter.arguments());
      next.put("limit", limit);
      next.put("sort_field", sortField);
      next.put("sort_order", sortOrder.name());
      return next;
    }
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    Directory directory = context.directory();
    Request r = Request.parse(args, directory, context.clock());
    TicketListing.Page page =
        TicketListing.page(
            context, r.filter(), r.sortField(), r.sortOrder(), r.offset(), r.limit());
    TimeWindow window = r.filter().window();
    TicketListView view =
        new TicketListView(
            "kayako_list_tickets",
            r.filter().describe(directory),
            r.sortField(),
            r.sortOrder().name(),
            context.times().now(),
            window.isEmpty() ? null : window.structured(),
            page.found(),
            page.total().isPresent() ? page.total().getAsLong() : null,
            page.atLeast(),
            page.scanLimited() ? TicketListing.MAX_SCAN : 0,
            r.offset(),
            r.limit(),
            r.nextArguments(),
            new TicketView(directory, context.times()));
    return Budgeted.render(r.format(), view.items(), view::markdown, view::structured);
  }

  private static Map<String, Object> outputSchema() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("filters", Schema.type("string"));
    p.put("sort_field", Schema.type("string"));
    p.put("sort_order", Schema.type("string"));
    p.put("tickets", Schema.arrayOf(OutputSchemas.ticketSummary()));
    p.put("paging", OutputSchemas.paging());
    p.put("server_time", Schema.type("string"));
    p.put("time_window", Schema.ordered("type", List.of("object", "null")));
    p.put("total_at_least", Schema.nullable("integer"));
    return OutputSchemas.object(p, List.of("tickets", "paging", "server_time"));
  }
}
