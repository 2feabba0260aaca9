package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.SearchFlag;
import dev.kayakomcp.format.TicketView;
import dev.kayakomcp.format.Untrusted;
import dev.kayakomcp.model.Directory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    String query = args.string("query", null);
    if (query == null) {
      throw new ToolArgumentException(
          "The search query is empty or missing: give words to search for, e.g. \"password reset\", or use"
              + " kayako_list_tickets to list tickets without words.");
    }
    boolean byActivity = "activity".equalsIgnoreCase(args.string("sort", "relevance"));
    int limit = args.intInRange("limit", 20, 1, 100);
    int offset = args.intInRange("offset", 0, 0, 100_000);
    ResponseFormat format = args.format();
    Set<SearchFlag> flags = flags(args);
    Directory directory = context.directory();
    TimeWindow window = TimeWindow.from(args, context.clock());
    SearchOutcome outcome = TicketSearch.run(context, query, flags);
    List<SearchHit> all = outcome.hits();
    List<SearchHit> hits =
        all.stream()
            .filter(h -> window.isEmpty() || window.matches(h.ticket()))
            .sorted(byActivity ? TicketSearch.ACTIVITY : TicketSearch.RELEVANCE)
            .toList();
    String order = byActivity ? "newest activity first" : "most relevant first";
    String capSentence = outcome.cap().sentence();
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
                  + ".\n"
                  + (capSentence.isEmpty() ? "" : capSentence + "\n");
            }
            StringBuilder sb =
                new StringBuilder("# Search results for '").append(query).append("'\n\n");
            sb.append("Found ")
                .append(hits.size())
                .append(" tickets, ")
                .append(order)
                .append(" (searched: ")
                .append(areas)
                .append(windowNote)
                .append("). Server time: ")
                .append(now)
                .append(".\n");
            if (!capSentence.isEmpty()) {
              sb.append("\n**Search limit reached.** ").append(capSentence).append('\n');
            }
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
                sb.append("- **Best match:**\n")
                    .append(Untrusted.fence(hit.snippet()))
                    .append('\n');
              }
              sb.append('\n');
            }
            if (offset + shown < hits.size()) {
              Map<String, Object> next = nextArguments(args, query, limit);
              window.copyTo(next);
              next.put("offset", offset + shown);
              sb.append(shown < page.size() ? "Only " + shown + " results fit in one answer. " : "")
                  .append("More results: ")
                  .append(Paging.nextCall("kayako_search_tickets", next))
                  .append('\n');
            }
            return sb.toString();
          }

          @Override
          public Map<String, Object> structured(int shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("query", query);
            m.put("searched", areas(args));
            m.put("sort", byActivity ? "activity" : "relevance");
            List<Object> tickets = new ArrayList<>();
            for (SearchHit hit : page.subList(0, shown)) {
              Map<String, Object> t = view.summary(hit.ticket());
              t.put("snippet", hit.snippet());
              t.put("untrusted", true);
              t.put("score", Math.round(hit.score() * 1000) / 1000.0);
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
            m.put("may_be_capped", outcome.cap().reached());
            m.put("search_cap", outcome.cap().structured());
            m.put("server_time", now);
            m.put("time_window", window.isEmpty() ? null : window.structured());
            return m;
          }
        });
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
    if (args.has("sort")) {
      next.put("sort", args.string("sort", "relevance"));
    }
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
