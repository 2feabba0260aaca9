package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.SearchResultView;
import dev.kayakomcp.format.TicketView;
import dev.kayakomcp.model.Directory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kayako_search_tickets}: full-text search over tickets, most relevant first (BM25 over what
 * Kayako returned) or newest activity first.
 */
public final class SearchTicketsTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_search_tickets",
          "Search tickets",
          "Search tickets by words in their conversation and subject (default), staff notes,"
              + " customer e-mail or name. Most relevant first (sort=activity: newest activity"
              + " first), each with its best-matching passage; offset/limit page through the same"
              + " search. Says when Kayako's search limit cut the search short, and then also"
              + " finds the newest matches. updated_since/created_since/... (ISO-8601 or 24h/7d)"
              + " filter the results. Read a hit with kayako_get_ticket.",
          Schema.object()
              .string("query", "Words to search for, e.g. \"password reset\" or an e-mail address.")
              .enumeration(
                  "sort",
                  "relevance (default): best match first; activity: newest activity first.",
                  List.of("relevance", "activity"),
                  "relevance")
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
    SearchOutcome outcome = TicketSearch.run(context, r.query(), r.flags());
    List<SearchHit> all = outcome.hits();
    TimeWindow window = r.window();
    List<SearchResultView.Hit> hits =
        all.stream()
            .filter(h -> window.matches(h.ticket()))
            .sorted(r.byActivity() ? TicketSearch.ACTIVITY : TicketSearch.RELEVANCE)
            .map(h -> new SearchResultView.Hit(h.ticket(), h.snippet(), h.score()))
            .toList();
    String windowNote =
        window.isEmpty()
            ? ""
            : "; " + window.describe() + ", " + all.size() + " matches before the time filter";
    SearchResultView view =
        new SearchResultView(
            r.query(),
            r.order(),
            r.byActivity() ? "activity" : "relevance",
            r.areas(),
            windowNote,
            context.times().now(),
            window.isEmpty() ? null : window.structured(),
            hits,
            outcome.cap(),
            r.offset(),
            r.limit(),
            r.nextArguments(),
            new TicketView(directory, context.times()));
    return Budgeted.render(r.format(), view.items(), view::markdown, view::structured);
  }

  private static Map<String, Object> outputSchema() {
    Map<String, Object> ticket = OutputSchemas.ticketSummaryProperties();
    ticket.put("snippet", Schema.type("string"));
    ticket.put("untrusted", Schema.type("boolean"));
    ticket.put("score", Schema.type("number"));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("query", Schema.type("string"));
    p.put("searched", Schema.arrayOf(Schema.type("string")));
    p.put(
        "tickets",
        Schema.arrayOf(OutputSchemas.object(ticket, List.of("id", "display_id", "subject"))));
    p.put("paging", OutputSchemas.paging());
    p.put("sort", Schema.type("string"));
    p.put("may_be_capped", Schema.type("boolean"));
    p.put("search_cap", Schema.type("object"));
    p.put("server_time", Schema.type("string"));
    p.put("time_window", Schema.ordered("type", List.of("object", "null")));
    return OutputSchemas.object(p, List.of("query", "tickets", "paging"));
  }
}
