package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.SearchCap;
import dev.kayakomcp.format.ThemesView;
import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.text.ThemeClusterer;
import dev.kayakomcp.text.TicketIndex;
import dev.kayakomcp.text.TicketText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code kayako_ticket_themes}: the common issues of a ticket set, grouped by what the tickets say
 * (Carrot2 Lingo over subject and first customer message), with counts, trend, examples and the
 * most common resolution.
 */
public final class TicketThemesTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_ticket_themes",
          "Common issues (themes)",
          "The common issues of a set of tickets: \"what are the most common issues in open"
              + " tickets?\". Takes the filters of kayako_list_tickets (e.g."
              + " status_id=\"unresolved\", created_since=\"30d\") and/or a search query. Reads up"
              + " to max_tickets (newest first), groups them by what they say (not by tags) and"
              + " gives each theme: label, count and share, unresolved count, trend against the"
              + " previous window of equal length, three examples and the most common staff"
              + " resolution.",
          TicketFilter.addTo(Schema.object())
              .string("query", "Only tickets matching these words (Kayako search), optional.")
              .integer("max_tickets", "Most tickets to read, newest first.", 10, 2_000, 500)
              .integer("max_themes", "Most themes to show.", 1, 30, 12)
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
    Directory directory = context.directory();
    TicketFilter filter = TicketFilter.parse(args, directory, context.clock());
    String query = args.string("query", null);
    int maxTickets = args.intInRange("max_tickets", 500, 10, 2_000);
    int maxThemes = args.intInRange("max_themes", 12, 1, 30);
    ResponseFormat format = args.format();
    ThemeSet set = ThemeSet.read(context, filter, query, maxTickets);
    String capNote =
        set.searchCapped()
            ? " "
                + new SearchCap(true, context.searchCache().resultLimit(), 0, 0, List.of())
                    .sentence()
            : "";
    String filters =
        filter.describe(directory) + (query == null ? "" : "; matching '" + query + "'") + capNote;
    List<TicketText> texts = set.current().stream().map(TicketText::of).toList();
    if (texts.stream().filter(t -> !t.isEmpty()).count() < ThemeClusterer.MIN_TICKETS) {
      throw new ToolArgumentException(
          "Only "
              + set.current().size()
              + " tickets match ("
              + filters
              + "); themes need at least "
              + ThemeClusterer.MIN_TICKETS
              + ". Widen the filters (e.g. a longer created_since, or all statuses), or read"
              + " these tickets with kayako_list_tickets.");
    }
    List<ThemeClusterer.Theme> clusters = ThemeClusterer.cluster(texts, 15);
    Map<Integer, Ticket> byId =
        set.current().stream().collect(Collectors.toMap(Ticket::id, Function.identity()));
    Map<Integer, TicketText> textOf =
        texts.stream().collect(Collectors.toMap(TicketText::ticketId, Function.identity()));
    Map<Integer, Integer> themeOf = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      for (int id : clusters.get(i).ticketIds()) {
        themeOf.put(id, i);
      }
    }
    int[] previous = new int[clusters.size()];
    TicketIndex index = TicketIndex.of(texts);
    for (Ticket t : set.previous()) {
      int theme = ThemeClusterer.classify(index, themeOf, t.subject() == null ? "" : t.subject());
      if (theme >= 0) {
        previous[theme]++;
      }
    }
    List<ThemesView.Theme> themes = new ArrayList<>();
    for (int i = 0; i < clusters.size() && themes.size() < maxThemes; i++) {
      List<Ticket> tickets =
          clusters.get(i).ticketIds().stream()
              .map(byId::get)
              .sorted(Comparator.comparingLong(Ticket::creationTime).reversed())
              .toList();
      themes.add(
          ThemeStats.summarise(
              clusters.get(i).label(),
              tickets,
              textOf,
              directory,
              set.current().size(),
              previous[i]));
    }
    ThemesView.Scope scope =
        new ThemesView.Scope(
            filters,
            set.current().size(),
            set.more(),
            Times.iso(set.windowStart()) + " to " + Times.iso(set.windowEnd()),
            Times.iso(2 * set.windowStart() - set.windowEnd())
                + " to "
                + Times.iso(set.windowStart())
                + " ("
                + set.previous().size()
                + " tickets)",
            themeOf.size());
    return Budgeted.render(
        format,
        themes.size(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            return ThemesView.markdown(scope, themes, shown);
          }

          @Override
          public Map<String, Object> structured(int shown) {
            return ThemesView.structured(scope, themes, shown);
          }
        });
  }

  private static Map<String, Object> outputSchema() {
    Map<String, Object> theme = new LinkedHashMap<>();
    theme.put("label", Schema.type("string"));
    theme.put("count", Schema.type("integer"));
    theme.put("share", Schema.type("number"));
    theme.put("unresolved", Schema.type("integer"));
    theme.put("previous_window_count", Schema.type("integer"));
    theme.put("trend", Schema.type("string"));
    theme.put("examples", Schema.arrayOf(Schema.type("object")));
    theme.put("tags", Schema.arrayOf(Schema.type("string")));
    theme.put("resolution", Schema.type("string"));
    theme.put("resolution_count", Schema.type("integer"));
    theme.put("resolved", Schema.type("integer"));
    theme.put("untrusted", Schema.type("boolean"));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("filters", Schema.type("string"));
    p.put("tickets_read", Schema.type("integer"));
    p.put("more_matched", Schema.type("boolean"));
    p.put("tickets_in_themes", Schema.type("integer"));
    p.put("window", Schema.type("string"));
    p.put("previous_window", Schema.type("string"));
    p.put("themes", Schema.arrayOf(OutputSchemas.object(theme, List.of("label", "count"))));
    p.put("truncated_by_size", Schema.type("boolean"));
    return OutputSchemas.object(p, List.of("tickets_read", "themes"));
  }
}
