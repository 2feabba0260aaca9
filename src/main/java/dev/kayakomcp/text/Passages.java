package dev.kayakomcp.text;

import dev.kayakomcp.text.Analysis.Lang;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    Set<String> en = new HashSet<>(Analysis.terms(Lang.ENGLISH, query));
    Set<String> plain = new HashSet<>(Analysis.terms(Lang.OTHER, query));
    String best = "";
    double bestScore = 0;
    for (int part = 0; part < 2; part++) {
      String body = part == 0 ? text.customerText() : text.staffText();
      String field = part == 0 ? "customer" : "staff";
      for (String passage : split(body)) {
        double score =
            score(index, Lang.ENGLISH, field, en, passage)
                + score(index, Lang.OTHER, field, plain, passage);
        if (score > bestScore * 1.0001) {
          best = passage;
          bestScore = score;
        }
      }
    }
    return shorten(best);
  }

  private static double score(
      TicketIndex index, Lang lang, String field, Set<String> wanted, String passage) {
    Set<String> seen = new HashSet<>();
    double score = 0;
    for (String term : Analysis.terms(lang, passage)) {
      if (wanted.contains(term) && seen.add(term)) {
        // A term the index never saw in this field still counts a little.
        score += Math.max(0.1, index.idf(lang.field(field), term));
      }
    }
    return score;
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
