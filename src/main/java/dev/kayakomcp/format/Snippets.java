package dev.kayakomcp.format;

import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * A short excerpt of a ticket around the first place a search query's words occur: subject, posts,
 * then staff notes.
 */
public final class Snippets {

  private static final int RADIUS = 90;

  private Snippets() {}

  /** The excerpt, or "" when no word of the query occurs in the subject or the posts. */
  public static String find(Ticket ticket, String query) {
    List<String> words = new ArrayList<>();
    for (String w : query.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (w.length() >= 2) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return "";
    }
    String phrase = query.toLowerCase(Locale.ROOT).strip();
    List<String> texts = new ArrayList<>();
    texts.add(ticket.subject() == null ? "" : ticket.subject());
    if (ticket.posts() != null) {
      for (Post p : ticket.posts()) {
        texts.add(p.html() ? Jsoup.parse(p.contents()).text() : p.contents());
      }
    }
    // Kayako's contents search also matches staff notes, so an excerpt may come from one.
    ticket.notes().forEach(n -> texts.add("[staff note] " + n.contents()));
    for (String text : texts) {
      String flat = text.replaceAll("\\s+", " ").strip();
      String lower = flat.toLowerCase(Locale.ROOT);
      int at = lower.indexOf(phrase);
      for (int i = 0; at < 0 && i < words.size(); i++) {
        at = lower.indexOf(words.get(i));
      }
      if (at >= 0) {
        int from = Math.max(0, at - RADIUS);
        int to = Math.min(flat.length(), at + phrase.length() + RADIUS);
        return (from > 0 ? "…" : "")
            + flat.substring(from, to).strip()
            + (to < flat.length() ? "…" : "");
      }
    }
    return "";
  }
}
