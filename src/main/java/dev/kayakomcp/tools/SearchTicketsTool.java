package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.SearchResultView;
import dev.kayakomcp.format.TicketView;
import dev.kayakomcp.model.Directory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kayako_search_tickets}: full-text search over tickets, newest activity first. */
public final class SearchTicketsTool implements KayakoTool {

  /**
   * Kayako stops a search at an admin-set result limit, counted in storage order (oldest first), so
   * a large result may miss the newest matches.
   */
  static final int CAP_HINT = 100;

  static final String CAPPED_NOTE =
      "Kayako caps search results at an admin-set limit, counted from the oldest ticket, so newer"
          + " matches may be missing: use more specific words, or kayako_list_tickets with filters"
          + " for recent tickets.";

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_search_tickets",
          "Search tickets",
          "Search tickets by words in their conversation and subject (default), staff notes,"
              + " customer e-mail or customer name. Results come newest activity first with a"
              + " matching excerpt; page with offset/limit (later pages are served from the same"
              + " search). updated_since/updated_before/created_since/created_before (ISO-8601 or"
              + " 24h/7d/2w) filter the results; answers state the server time. Read a hit with"
              + " kayako_get_ticket or kayako_get_ticket_posts.",
          Schema.object()
              .string("query", "Words to search for, e.g. \"password reset\" or an e-mail address.")
              .bool(
                  "search_contents",
                  "Search the posts' text, subject, customer name and e-mail.",
                  true)
              .bool("search_subject", "Search subjects and ticket ids (display or numeric).", true)
              .bool("search_notes", "Search staff notes.", false)
              .bool("search_user_email", "Search customer and post e-mail addresses.", false)
              .bool("search_user_name", "Search customer and post author names.", false)
              .integer("limit", "Results per page.", 1, 100, 20)
              .integer("offset", "How many results to skip.", 0, 100_000, 0)
              .apply(TimeWindow::addTo)
              .responseFormat()
              .required("query")
              .build(),
          outputSchema(),
          "tickets");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    SearchRequest r = SearchRequest.parse(args, context.clock());
    Directory directory = context.directory();
    List<SearchHit> all = TicketSearch.hits(context, r.query(), r.flags());
    TimeWindow window = r.window();
    List<SearchResultView.Hit> hits =
        all.stream()
            .filter(h -> window.matches(h.ticket()))
            .map(h -> new SearchResultView.Hit(h.ticket(), h.snippet()))
            .toList();
    String windowNote =
        window.isEmpty()
            ? ""
            : "; " + window.describe() + ", " + all.size() + " matches before the time filter";
    SearchResultView view =
        new SearchResultView(
            r.query(),
            r.areas(),
            windowNote,
            context.times().now(),
            window.isEmpty() ? null : window.structured(),
            hits,
            all.size() >= CAP_HINT,
            r.offset(),
            r.limit(),
            r.nextArguments(),
            new TicketView(directory, context.times()));
    return Budgeted.render(r.format(), view.items(), view::markdown, view::structured);
  }

  private static Map<String, Object> outputSchema() {
    Map<String, Object> ticket = OutputSchemas.ticketSummaryProperties();
    ticket.put("snippet", Schema.type("string"));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("query", Schema.type("string"));
    p.put("searched", Schema.arrayOf(Schema.type("string")));
    p.put(
        "tickets",
        Schema.arrayOf(OutputSchemas.object(ticket, List.of("id", "display_id", "subject"))));
    p.put("paging", OutputSchemas.paging());
    p.put("may_be_capped", Schema.type("boolean"));
    p.put("server_time", Schema.type("string"));
    p.put("time_window", Schema.ordered("type", List.of("object", "null")));
    return OutputSchemas.object(p, List.of("query", "tickets", "paging"));
  }
}
