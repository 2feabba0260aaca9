package dev.kayakomcp.text;

import dev.kayakomcp.text.Analysis.Lang;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passage of a ticket that best matches a query: the ticket's customer and staff text cut into
 * paragraphs (long ones into sentences), each scored by the rarity (BM25 idf) of the query terms it
 * contains. What customers wrote wins a tie, since it says what the ticket is about.
 */
public final class Passages {

  /** Longest passage returned, in characters. */
  public static final int MAX_CHARS = 280;

  private Passages() {}

  /** The best passage for the query, or "" when no passage contains a query term. */
  public static String best(TicketIndex index, TicketText text, String query) {
    Map<String, Double> idf = new HashMap<>();
    String best = "";
    double bestScore = 0;
    for (int part = 0; part < 2; part++) {
      String body = part == 0 ? text.customerText() : text.staffText();
      if (body.isBlank()) {
        continue;
      }
      // The body was indexed under its own language's analysis: score it the same way.
      Lang lang = Analysis.detect(part == 0 ? text.subject() + "\n" + body : body);
      String field = lang.field(part == 0 ? "customer" : "staff");
      Set<String> wanted = new HashSet<>(Analysis.terms(lang, query));
      if (wanted.isEmpty()) {
        continue;
      }
      for (String passage : split(body)) {
        double score = 0;
        Set<String> seen = new HashSet<>();
        for (String term : Analysis.terms(lang, passage)) {
          if (wanted.contains(term) && seen.add(term)) {
            // A term the index never saw in this field still counts a little.
            score +=
                Math.max(0.1, idf.computeIfAbsent(field + ":" + term, k -> index.idf(field, term)));
          }
        }
        if (score > bestScore * 1.0001) {
          best = passage;
          bestScore = score;
        }
      }
    }
    return shorten(best);
  }

  static List<String> split(String body) {
    List<String> out = new ArrayList<>();
    for (String para : body.split("\\n\\s*\\n")) {
      String flat = para.replaceAll("\\s+", " ").strip();
      if (flat.isEmpty()) {
        continue;
      }
      if (flat.length() <= MAX_CHARS) {
        out.add(flat);
        continue;
      }
      StringBuilder current = new StringBuilder();
      for (String sentence : flat.split("(?<=[.!?])\\s+")) {
        if (current.length() > 0 && current.length() + sentence.length() > MAX_CHARS) {
          out.add(current.toString().strip());
          current.setLength(0);
        }
        current.append(sentence).append(' ');
      }
      if (current.length() > 0) {
        out.add(current.toString().strip());
      }
    }
    return out;
  }

  private static String shorten(String passage) {
    if (passage.length() <= MAX_CHARS) {
      return passage;
    }
    int cut = passage.lastIndexOf(' ', MAX_CHARS - 1);
    return passage.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS - 1) + "…";
  }
}
