package dev.kayakomcp.text;

import dev.kayakomcp.text.Analysis.Lang;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Tickets like this one" in two steps around one Kayako search: the probe's few most distinctive
 * words to search for, then the candidates Kayako returned re-ranked by BM25 on the probe's
 * distinctive terms (more-like-this, judged against the candidates).
 */
public final class Similarity {

  /** How many words go to Kayako's search (it ORs them). */
  public static final int SEARCH_WORDS = 4;

  /** How many terms the re-ranking query holds. */
  private static final int RANK_TERMS = 25;

  private Similarity() {}

  /**
   * The words to search Kayako for, most distinctive first; empty when the probe has none.
   *
   * @param names lower-case words to leave out (the customer's name)
   */
  public static List<String> searchWords(TicketText probe, Set<String> names) {
    String text = SimilarTerms.probeText(probe);
    TicketIndex self = TicketIndex.of(List.of(probe));
    Lang lang = Analysis.detect(text);
    Map<Lang, List<String>> terms = SimilarTerms.select(self, text, SEARCH_WORDS, names);
    return SimilarTerms.surfaceWords(text, terms.get(lang), lang, SEARCH_WORDS);
  }

  /** The candidates most like the probe, best first, without the ids in {@code exclude}. */
  public static List<TicketIndex.Ranked> rank(
      TicketText probe, TicketIndex candidates, int limit, Set<Integer> exclude) {
    Map<Lang, List<String>> terms =
        SimilarTerms.select(candidates, SimilarTerms.probeText(probe), RANK_TERMS);
    return candidates.similar(terms, limit, exclude);
  }
}
