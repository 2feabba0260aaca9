package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.SearchFlag;
import dev.kayakomcp.format.Paging;
import dev.kayakomcp.format.Snippets;
import dev.kayakomcp.format.TicketView;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
    String query = args.requiredString("query");
    int limit = args.intInRange("limit", 20, 1, 100);
    int offset = args.intInRange("offset", 0, 0, 100_000);
    ResponseFormat format = args.format();
    Set<SearchFlag> flags = flags(args);
    Directory directory = context.directory();
    TimeWindow window = TimeWindow.from(args, context.clock());
    List<SearchHit> all = search(context, query, flags);
    List<SearchHit> hits =
        window.isEmpty() ? all : all.stream().filter(h -> window.matches(h.ticket())).toList();
    String now = context.times().now();
    String windowNote =
        window.isEmpty()
            ? ""
            : "; " + window.describe() + ", " + all.size() + " matches before the time filter";
    List<SearchHit> page =
        hits.subList(Math.min(offset, hits.size()), Math.min(hits.size(), offset + limit));
    TicketView view = new TicketView(directory, context.times());
    String areas = String.join(", ", areas(args));
    return Budgeted.render(
        format,
        page.size(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            if (hits.isEmpty()) {
              return "No tickets found matching query: '"
                  + query
                  + "'"
                  + windowNote
                  + ". Server time: "
                  + now
                  + ".\n";
            }
            StringBuilder sb =
                new StringBuilder("# Search results for '").append(query).append("'\n\n");
            sb.append("Found ")
                .append(hits.size())
                .append(" tickets, newest activity first (searched: ")
                .append(areas)
                .append(windowNote)
                .append("). Server time: ")
                .append(now)
                .append(".\n");
            if (page.isEmpty()) {
              return sb.append("No results at offset ").append(offset).append(".\n").toString();
            }
            sb.append("Showing ")
                .append(offset + 1)
                .append("–")
                .append(offset + shown)
                .append(".\n\n");
            for (SearchHit hit : page.subList(0, shown)) {
              sb.append(view.summaryMarkdown(hit.ticket()));
              if (!hit.snippet().isEmpty()) {
                sb.append("- **Match:** ").append(hit.snippet()).append('\n');
              }
              sb.append('\n');
            }
            if (offset + shown < hits.size()) {
              Map<String, Object> next = nextArguments(args, query, limit);
              window.copyTo(next);
              next.put("offset", offset + shown);
              sb.append(
                  Paging.more(
                      "results", "kayako_search_tickets", next, shown < page.size() ? shown : 0));
            }
            return sb.toString();
          }

          @Override
          public Map<String, Object> structured(int shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("query", query);
            m.put("searched", areas(args));
            List<Object> tickets = new ArrayList<>();
            for (SearchHit hit : page.subList(0, shown)) {
              Map<String, Object> t = view.summary(hit.ticket());
              t.put("snippet", hit.snippet());
              tickets.add(t);
            }
            m.put("tickets", tickets);
            boolean more = offset + shown < hits.size();
            Map<String, Object> paging = new LinkedHashMap<>();
            paging.put("offset", offset);
            paging.put("limit", limit);
            paging.put("returned", shown);
            paging.put("total", hits.size());
            paging.put("has_more", more);
            paging.put("next_offset", more ? offset + shown : null);
            paging.put("truncated_by_size", shown < page.size());
            m.put("paging", paging);
            m.put("may_be_capped", all.size() >= CAP_HINT);
            m.put("server_time", now);
            m.put("time_window", window.isEmpty() ? null : window.structured());
            return m;
          }
        });
  }

  private static List<SearchHit> search(ToolContext context, String query, Set<SearchFlag> flags)
      throws KayakoApiException {
    Set<String> flagNames = new TreeSet<>();
    flags.forEach(f -> flagNames.add(f.name()));
    SearchResultCache.Key key = new SearchResultCache.Key(query, flagNames);
    List<SearchHit> cached = context.searchCache().get(key);
    if (cached != null) {
      return cached;
    }
    List<SearchHit> hits = new ArrayList<>();
    for (Ticket t : context.client().searchTickets(query, flags)) {
      // Posts are only needed for the excerpt; keeping them would hold every conversation in
      // memory.
      hits.add(new SearchHit(t.withPosts(null), Snippets.find(t, query)));
    }
    hits.sort(
        Comparator.comparingLong((SearchHit h) -> h.ticket().lastActivity())
            .reversed()
            .thenComparing(h -> h.ticket().id(), Comparator.reverseOrder()));
    context.searchCache().put(key, hits);
    return hits;
  }

  static Set<SearchFlag> flags(ToolArgs args) {
    Set<SearchFlag> flags = EnumSet.noneOf(SearchFlag.class);
    if (args.bool("search_contents", true)) {
      flags.add(SearchFlag.CONTENTS);
    }
    if (args.bool("search_subject", true)) {
      // Kayako has no subject flag; "ticketid" matches subjects and display ids as substrings.
      flags.add(SearchFlag.TICKET_ID);
    }
    if (args.bool("search_notes", false)) {
      flags.add(SearchFlag.NOTES);
    }
    if (args.bool("search_user_email", false)) {
      flags.add(SearchFlag.EMAIL);
    }
    if (args.bool("search_user_name", false)) {
      flags.add(SearchFlag.FULL_NAME);
    }
    if (flags.isEmpty()) {
      throw new ToolArgumentException(
          "Nothing to search: set at least one of search_contents, search_subject, search_notes,"
              + " search_user_email, search_user_name to true.");
    }
    return flags;
  }

  private static List<String> areas(ToolArgs args) {
    List<String> areas = new ArrayList<>();
    if (args.bool("search_contents", true)) {
      areas.add("contents");
    }
    if (args.bool("search_subject", true)) {
      areas.add("subject");
    }
    if (args.bool("search_notes", false)) {
      areas.add("notes");
    }
    if (args.bool("search_user_email", false)) {
      areas.add("user email");
    }
    if (args.bool("search_user_name", false)) {
      areas.add("user name");
    }
    return areas;
  }

  private static Map<String, Object> nextArguments(ToolArgs args, String query, int limit) {
    Map<String, Object> next = new LinkedHashMap<>();
    next.put("query", query);
    for (String flag :
        List.of(
            "search_contents",
            "search_subject",
            "search_notes",
            "search_user_email",
            "search_user_name")) {
      if (args.has(flag)) {
        next.put(flag, args.bool(flag, false));
      }
    }
    next.put("limit", limit);
    return next;
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
