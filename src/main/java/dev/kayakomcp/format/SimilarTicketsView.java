package dev.kayakomcp.format;

import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders similar tickets: each with its similarity, status and how staff answered it. */
public final class SimilarTicketsView {

  /** Longest resolution excerpt shown, in characters. */
  public static final int EXCERPT_CHARS = 400;

  /** One similar ticket: the ticket, its similarity (0–1, the best is 1) and last staff reply. */
  public record Item(Ticket ticket, double similarity, String lastStaffReply) {}

  private final TicketView view;

  public SimilarTicketsView(TicketView view) {
    this.view = view;
  }

  /** The Markdown answer for the first {@code shown} items. */
  public String markdown(String about, List<String> searchedWords, List<Item> items, int shown) {
    StringBuilder sb = new StringBuilder("# Tickets similar to ").append(about).append("\n\n");
    sb.append("Searched Kayako for: ")
        .append(String.join(" ", searchedWords))
        .append("; ranked by similarity (1.00 = the closest). ")
        .append(Untrusted.NOTICE)
        .append("\n\n");
    for (Item item : items.subList(0, shown)) {
      sb.append(view.summaryMarkdown(item.ticket()));
      sb.append("- **Similarity:** ")
          .append(String.format(Locale.ROOT, "%.2f", item.similarity()))
          .append('\n');
      String excerpt = excerpt(item.lastStaffReply());
      if (!excerpt.isEmpty()) {
        sb.append("- **Last staff reply:**\n").append(Untrusted.fence(excerpt)).append('\n');
      }
      sb.append('\n');
    }
    if (shown < items.size()) {
      sb.append("Only ").append(shown).append(" tickets fit in one answer; lower limit.\n");
    }
    return sb.toString();
  }

  /** The structured answer for the first {@code shown} items. */
  public Map<String, Object> structured(
      Map<String, Object> about, List<String> searchedWords, List<Item> items, int shown) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("about", about);
    m.put("searched_words", searchedWords);
    List<Object> out = new ArrayList<>();
    for (Item item : items.subList(0, shown)) {
      Map<String, Object> t = view.summary(item.ticket());
      t.put("similarity", Math.round(item.similarity() * 100) / 100.0);
      t.put("last_staff_reply", excerpt(item.lastStaffReply()));
      t.put("untrusted", true);
      out.add(t);
    }
    m.put("tickets", out);
    m.put("returned", shown);
    m.put("truncated_by_size", shown < items.size());
    return m;
  }

  /** A reply shortened to {@link #EXCERPT_CHARS} at a word boundary. */
  public static String excerpt(String reply) {
    return TextShortener.shorten(reply.replaceAll("\\s+", " ").strip(), EXCERPT_CHARS);
  }
}
