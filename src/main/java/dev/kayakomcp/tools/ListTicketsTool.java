package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.TicketQuery;
import dev.kayakomcp.format.TicketView;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/** {@code kayako_list_tickets}: tickets filtered by department, status, owner and customer. */
public final class ListTicketsTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_list_tickets",
          "List tickets",
          "List tickets with filters, sorting and paging. By default ALL ticket departments and ALL"
              + " statuses (resolved and closed included). department_id and status_id take an id"
              + " or a comma list (ids from kayako_get_departments / kayako_get_ticket_statuses);"
              + " status_id also takes \"unresolved\" or \"resolved\". owner_staff_id 0 ="
              + " unassigned. organization_id, priority_id, type_id and tag (any of a comma"
              + " list) narrow further. updated_since/updated_before/created_since/created_before take"
              + " ISO-8601 or 24h/7d/2w (answers state the server time). Returns totals and"
              + " has_more; pass offset for the next page.",
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

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    int limit = args.intInRange("limit", 20, 1, 100);
    int offset = args.intInRange("offset", 0, 0, 1_000_000);
    String sortField = SortFields.resolve(args.string("sort_field", "lastactivity"));
    String sortOrder = sortOrder(args.string("sort_order", "DESC"));
    ResponseFormat format = args.format();
    Directory directory = context.directory();
    TicketFilter filter = TicketFilter.parse(args, directory, context.clock());
    TimeWindow window = filter.window();
    Page result =
        filter.filtersLocally()
            ? scanPage(args, context, filter, limit, offset, sortField, sortOrder)
            : page(context, filter, limit, offset, sortField, sortOrder);
    String shownSort = window.isEmpty() ? sortField : windowField(window);
    String shownOrder = window.isEmpty() ? sortOrder : "DESC";
    List<Ticket> found = result.found();
    OptionalLong total = result.total();
    boolean more = found.size() > limit;
    List<Ticket> tickets = more ? found.subList(0, limit) : found;
    String filters = filter.describe(directory);
    String now = context.times().now();
    TicketView view = new TicketView(directory, context.times());
    Map<String, Object> nextArgs = new LinkedHashMap<>(filter.arguments());
    nextArgs.put("limit", limit);
    nextArgs.put("sort_field", shownSort);
    nextArgs.put("sort_order", shownOrder);
    return Budgeted.render(
        format,
        tickets.size(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            if (tickets.isEmpty()) {
              return "No tickets found matching criteria: "
                  + filters
                  + (offset > 0 ? " (offset " + offset + " is past the end)" : "")
                  + ". Server time: "
                  + now
                  + ".\n";
            }
            StringBuilder sb = new StringBuilder("# Tickets\n\n");
            sb.append("Filters: ")
                .append(filters)
                .append(". Sorted by ")
                .append(shownSort)
                .append(' ')
                .append(shownOrder)
                .append(". Server time: ")
                .append(now)
                .append(".\n");
            sb.append("Showing ").append(offset + 1).append("–").append(offset + shown);
            total.ifPresent(t -> sb.append(" of ").append(t));
            if (total.isEmpty() && result.atLeast() > 0) {
              sb.append(" of at least ").append(result.atLeast());
            }
            sb.append(".\n");
            if (result.scanLimited()) {
              sb.append("Stopped after reading ")
                  .append(MAX_SCAN)
                  .append(" tickets inside the window; narrow the time window for the rest.\n");
            }
            sb.append('\n');
            for (Ticket t : tickets.subList(0, shown)) {
              sb.append(view.summaryMarkdown(t)).append('\n');
            }
            if (shown < tickets.size() || more) {
              Map<String, Object> next = new LinkedHashMap<>(nextArgs);
              next.put("offset", offset + shown);
              sb.append(
                      shown < tickets.size()
                          ? "Only " + shown + " tickets fit in one answer. "
                          : "")
                  .append("More tickets: ")
                  .append(Paging.nextCall("kayako_list_tickets", next))
                  .append('\n');
            }
            return sb.toString();
          }

          @Override
          public Map<String, Object> structured(int shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("filters", filters);
            m.put("sort_field", shownSort);
            m.put("sort_order", shownOrder);
            m.put("server_time", now);
            m.put("time_window", window.isEmpty() ? null : window.structured());
            m.put(
                "tickets",
                tickets.subList(0, shown).stream().map(t -> (Object) view.summary(t)).toList());
            Map<String, Object> paging = new LinkedHashMap<>();
            boolean hasMore = more || shown < tickets.size();
            paging.put("offset", offset);
            paging.put("limit", limit);
            paging.put("returned", shown);
            paging.put("total", total.isPresent() ? total.getAsLong() : null);
            paging.put("has_more", hasMore);
            paging.put("next_offset", hasMore ? offset + shown : null);
            paging.put("truncated_by_size", shown < tickets.size());
            m.put("paging", paging);
            m.put(
                "total_at_least",
                total.isEmpty() && result.atLeast() > 0 ? (Object) result.atLeast() : null);
            return m;
          }
        });
  }

  /** At most this many tickets are read to answer one time-filtered page. */
  static final int MAX_SCAN = 5_000;

  /** Rows per ListAll request while scanning (Kayako has no page limit; this bounds one answer). */
  static final int SCAN_PAGE = 1_000;

  /** The first scan request reads at least this many rows (twice the rows the page needs). */
  private static final int FIRST_SCAN_PAGE = 100;

  /**
   * One page of tickets (limit + 1 of them, so has_more is exact) and the total: exact when known;
   * otherwise {@code atLeast} is a lower bound (time-filtered pages stop reading early).
   */
  private record Page(List<Ticket> found, OptionalLong total, int atLeast, boolean scanLimited) {}

  /**
   * A page straight from Kayako. The count costs a second request, so it is made only when the page
   * itself cannot tell the total: a full page (one row beyond the page proves more) or an empty
   * page past the start.
   */
  private static Page page(
      ToolContext context,
      TicketFilter filter,
      int limit,
      int offset,
      String sortField,
      String sortOrder)
      throws KayakoApiException {
    TicketQuery query =
        filter
            .query()
            .page(limit + 1, offset)
            .sortedBy(
                sortField.equals("ticketid") ? null : sortField,
                TicketQuery.SortOrder.valueOf(sortOrder));
    List<Ticket> found = context.client().listTickets(query);
    OptionalLong total =
        found.size() > limit || (found.isEmpty() && offset > 0)
            ? context.client().countTickets(filter.query())
            : OptionalLong.of(offset + found.size());
    return new Page(found, total, 0, false);
  }

  private static String windowField(TimeWindow window) {
    return window.filtersUpdated() ? "lastactivity" : "dateline";
  }

  /**
   * A page Kayako cannot filter alone (a time window, organisation, priority, type or tag): rows
   * are read in order and checked here. With a time window they are read newest first by the
   * window's time (last activity when an updated_* bound is given, else creation) and reading stops
   * at the window's lower bound; it also stops as soon as one ticket beyond the page proves
   * has_more. The total is exact when reading reached the bound or the end, else a lower bound.
   */
  private static Page scanPage(
      ToolArgs args,
      ToolContext context,
      TicketFilter filter,
      int limit,
      int offset,
      String sortField,
      String sortOrder)
      throws KayakoApiException {
    TimeWindow window = filter.window();
    String field = sortField;
    String order = sortOrder;
    Long lower = null;
    if (!window.isEmpty()) {
      field = windowField(window);
      order = "DESC";
      if ((args.has("sort_field") && !sortField.equals(field))
          || (args.has("sort_order") && !sortOrder.equals("DESC"))) {
        throw new ToolArgumentException(
            "With time filters tickets are read newest first by "
                + field
                + " (so reading can stop at the window's start); omit sort_field and"
                + " sort_order.");
      }
      // Last activity is never before creation, so a created_since bound also ends a read by
      // last activity.
      lower =
          window.filtersUpdated()
              ? latest(window.updatedSince(), window.createdSince())
              : window.createdSince();
    }
    boolean updated = window.filtersUpdated();
    int need = offset + limit + 1;
    List<Ticket> matched = new ArrayList<>();
    boolean complete = false;
    int scanned = 0;
    while (!complete && matched.size() < need && scanned < MAX_SCAN) {
      int size =
          scanned == 0 ? Math.min(SCAN_PAGE, Math.max(FIRST_SCAN_PAGE, 2 * need)) : SCAN_PAGE;
      TicketQuery query =
          filter
              .query()
              .page(size, scanned)
              .sortedBy(
                  field.equals("ticketid") ? null : field, TicketQuery.SortOrder.valueOf(order));
      List<Ticket> page = context.client().listTickets(query);
      for (Ticket t : page) {
        long key = updated ? t.lastActivity() : t.creationTime();
        if (lower != null && key < lower) {
          complete = true;
          break;
        }
        if (filter.matchesLocally(t)) {
          matched.add(t);
        }
      }
      scanned += page.size();
      complete |= page.size() < size;
    }
    List<Ticket> found =
        matched.subList(Math.min(offset, matched.size()), Math.min(matched.size(), need));
    return complete
        ? new Page(found, OptionalLong.of(matched.size()), 0, false)
        : new Page(found, OptionalLong.empty(), matched.size(), matched.size() < need);
  }

  private static Long latest(Long a, Long b) {
    return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
  }

  private static String sortOrder(String order) {
    String o = order.strip().toUpperCase(Locale.ROOT);
    if (!o.equals("ASC") && !o.equals("DESC")) {
      throw new ToolArgumentException("'sort_order' must be ASC or DESC, not '" + order + "'.");
    }
    return o;
  }

  /** What {@link #select} found: up to max + 1 tickets, and the total when reading reached it. */
  record Selection(List<Ticket> found, OptionalLong total) {}

  /**
   * The tickets {@code filter} selects, newest activity first, read as this tool reads a page: for
   * tools that act on the set a listing showed ({@code kayako_bulk_update_tickets}).
   */
  static Selection select(ToolArgs args, ToolContext context, TicketFilter filter, int max)
      throws KayakoApiException {
    Page p = scanPage(args, context, filter, max, 0, "lastactivity", "DESC");
    return new Selection(p.found(), p.total());
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
