package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.SearchFlag;
import dev.kayakomcp.format.SimilarTicketsView;
import dev.kayakomcp.format.TicketView;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.text.Similarity;
import dev.kayakomcp.text.TicketIndex;
import dev.kayakomcp.text.TicketText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code kayako_find_similar_tickets}: "has this been solved before?" The ticket's (or text's)
 * distinctive words go to one Kayako search; its hits are re-ranked by BM25 similarity.
 */
public final class FindSimilarTicketsTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_find_similar_tickets",
          "Find similar tickets",
          "Tickets most like a given ticket (ticket_id) or a description (text): how was this"
              + " answered before? Picks the ticket's distinctive words, searches Kayako for"
              + " them and ranks the hits by similarity; each comes with its status and the last"
              + " staff reply. The ticket itself is left out. Read one with kayako_get_ticket.",
          Schema.object()
              .string("ticket_id", "Numeric or display id of the ticket to compare with.")
              .string("text", "Or: a problem description to compare with, e.g. a draft subject.")
              .integer("limit", "How many similar tickets.", 1, 25, 10)
              .responseFormat()
              .build(),
          outputSchema(),
          "tickets");

  /** The arguments, parsed once: exactly one of ticket id and text. */
  record Request(String ticketId, String text, int limit, ResponseFormat format) {
    static Request parse(ToolArgs args) {
      String id = args.string("ticket_id", null);
      String text = args.string("text", null);
      if ((id == null) == (text == null)) {
        throw new ToolArgumentException(
            "Give either ticket_id (e.g. \"1042\") or text (a problem description), not both and"
                + " not neither.");
      }
      return new Request(id, text, args.intInRange("limit", 10, 1, 25), args.format());
    }
  }

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    Request req = Request.parse(args);
    Ticket self = req.ticketId() == null ? null : TicketReads.withPosts(context, req.ticketId());
    TicketText probe =
        self != null ? TicketText.of(self) : new TicketText(0, "", req.text(), "", req.text(), "");
    Set<String> names = self == null ? Set.of() : nameWords(self.fullName());
    List<String> words = probe.isEmpty() ? List.of() : Similarity.searchWords(probe, names);
    if (words.isEmpty()) {
      throw new ToolArgumentException(
          (self != null ? "Ticket " + self.displayId() + " has" : "The text has")
              + " no distinctive words to compare by. Pass text with a few words that describe"
              + " the problem, e.g. \"reset link expired\".");
    }
    List<Ticket> found =
        context
            .client()
            .searchTickets(
                String.join(" ", words), EnumSet.of(SearchFlag.CONTENTS, SearchFlag.TICKET_ID));
    List<TicketText> texts = found.stream().map(TicketText::of).toList();
    TicketIndex index = TicketIndex.of(texts);
    Set<Integer> exclude = self == null ? Set.of() : Set.of(self.id());
    List<TicketIndex.Ranked> ranked = Similarity.rank(probe, index, req.limit(), exclude);
    Map<Integer, Ticket> byId =
        found.stream().collect(Collectors.toMap(Ticket::id, t -> t, (a, b) -> a));
    double top = ranked.isEmpty() ? 1 : ranked.get(0).score();
    List<SimilarTicketsView.Item> items = new ArrayList<>();
    for (TicketIndex.Ranked r : ranked) {
      items.add(
          new SimilarTicketsView.Item(
              byId.get(r.ticketId()).withPosts(null),
              r.score() / top,
              index.text(r.ticketId()).finalStaffReply()));
    }
    SimilarTicketsView view =
        new SimilarTicketsView(new TicketView(context.directory(), context.times()));
    String about = self != null ? TicketView.title(self) : "the given text";
    Map<String, Object> aboutMap = new LinkedHashMap<>();
    aboutMap.put("ticket_id", self == null ? null : self.id());
    aboutMap.put("display_id", self == null ? null : self.displayId());
    aboutMap.put("text", self == null ? req.text() : null);
    if (items.isEmpty()) {
      return new ToolResult(
          "No other tickets are similar to "
              + about
              + " (searched Kayako for: "
              + String.join(" ", words)
              + "). Try kayako_search_tickets with your own words.\n",
          view.structured(aboutMap, words, items, 0));
    }
    return Budgeted.render(
        req.format(),
        items.size(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            return view.markdown(about, words, items, shown);
          }

          @Override
          public Map<String, Object> structured(int shown) {
            return view.structured(aboutMap, words, items, shown);
          }
        });
  }

  private static Map<String, Object> outputSchema() {
    Map<String, Object> ticket = OutputSchemas.ticketSummaryProperties();
    ticket.put("similarity", Schema.type("number"));
    ticket.put("last_staff_reply", Schema.type("string"));
    ticket.put("untrusted", Schema.type("boolean"));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("about", Schema.type("object"));
    p.put("searched_words", Schema.arrayOf(Schema.type("string")));
    p.put(
        "tickets",
        Schema.arrayOf(OutputSchemas.object(ticket, List.of("id", "display_id", "similarity"))));
    p.put("returned", Schema.type("integer"));
    p.put("truncated_by_size", Schema.type("boolean"));
    return OutputSchemas.object(p, List.of("about", "tickets"));
  }

  private static Set<String> nameWords(String fullName) {
    if (fullName == null) {
      return Set.of();
    }
    return Arrays.stream(fullName.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
        .filter(w -> w.length() > 1)
        .collect(Collectors.toSet());
  }
}
