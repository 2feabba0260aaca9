package dev.kayakomcp.text;

import dev.kayakomcp.text.Analysis.Lang;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.queries.mlt.MoreLikeThis;

/**
 * The distinctive terms of a ticket, chosen by Lucene's {@link MoreLikeThis}: frequent in the
 * ticket, rare in the index it is compared with, with English stop words and the small talk of
 * support e-mails ("hi", "please", "asap", "thanks") left out. The subject counts twice.
 */
public final class SimilarTerms {

  private static final List<String> SMALL_TALK =
      List.of(
          ("hi hello hey dear thanks thank please help asap urgent issue problem "
                  + "ticket still just get got tried try today yesterday morning know let "
                  + "hope sorry team support again since already anyone someone something "
                  + "need want would could can also work doesn't don't can't cant dont "
                  + "it's i'm ok okay regards cheers best kind hallo danke bitte bonjour "
                  + "merci hola gracias now one see us we've i've go going")
              .split(" "));

  private static final Map<Lang, Set<String>> NOISE = new HashMap<>();

  static {
    for (Lang lang : Lang.values()) {
      Set<String> noise = new HashSet<>();
      for (String w : SMALL_TALK) {
        noise.addAll(Analysis.terms(lang, w));
        noise.add(w);
      }
      for (Object stop : Analysis.englishStopWords()) {
        noise.add(new String((char[]) stop));
      }
      NOISE.put(lang, Set.copyOf(noise));
    }
  }

  private SimilarTerms() {}

  /** The text a ticket is compared by: subject twice, then what the customer wrote. */
  public static String probeText(TicketText t) {
    return t.subject() + "\n" + t.subject() + "\n" + t.customerText();
  }

  /**
   * Up to {@code max} distinctive terms of {@code text} per language, most distinctive first,
   * judged against the documents of {@code index} (which may hold only the ticket itself).
   */
  public static Map<Lang, List<String>> select(TicketIndex index, String text, int max) {
    return select(index, text, max, Set.of());
  }

  /**
   * {@link #select(TicketIndex, String, int)} also leaving out {@code names} (lower case), such as
   * the customer's own name, which says who wrote rather than what about.
   */
  public static Map<Lang, List<String>> select(
      TicketIndex index, String text, int max, Set<String> names) {
    Map<Lang, List<String>> out = new LinkedHashMap<>();
    Lang lang = Analysis.detect(text);
    List<Lang> order = lang == Lang.ENGLISH ? List.of(Lang.ENGLISH) : List.of(lang, Lang.ENGLISH);
    for (Lang l : order) {
      out.put(l, interesting(index, l, text, max, names));
    }
    return out;
  }

  /**
   * The words to send to Kayako's search for these terms: Kayako matches substrings of the original
   * text, so each stem is turned back into the word it came from most often.
   */
  public static List<String> surfaceWords(String text, List<String> terms, Lang lang, int max) {
    Map<String, Map<String, Integer>> bySurface = new HashMap<>();
    for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
      for (String term : Analysis.terms(lang, raw)) {
        bySurface.computeIfAbsent(term, k -> new HashMap<>()).merge(raw, 1, Integer::sum);
      }
    }
    List<String> out = new ArrayList<>();
    for (String term : terms) {
      Map<String, Integer> forms = bySurface.get(term);
      if (forms == null) {
        continue;
      }
      // The shortest common form matches the most variants as a substring ("reset" in "resets").
      String word =
          forms.entrySet().stream()
              .max(
                  Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(e -> -e.getKey().length()))
              .orElseThrow()
              .getKey();
      if (word.length() >= 3 && !out.contains(word) && out.size() < max) {
        out.add(word);
      }
    }
    return out;
  }

  private static List<String> interesting(
      TicketIndex index, Lang lang, String text, int max, Set<String> names) {
    try {
      MoreLikeThis mlt = new MoreLikeThis(index.reader());
      mlt.setAnalyzer(Analysis.analyzer(lang));
      mlt.setFieldNames(
          new String[] {lang.field("subject"), lang.field("customer"), lang.field("staff")});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(1);
      mlt.setMinWordLen(3);
      mlt.setMaxQueryTerms(max);
      Set<String> noise = NOISE.get(lang);
      mlt.setStopWords(
          new AbstractSet<String>() {
            @Override
            public boolean contains(Object o) {
              String term = (String) o;
              return noise.contains(term)
                  || names.contains(term)
                  || EnglishLexicon.isStopWord(term);
            }

            @Override
            public Iterator<String> iterator() {
              return noise.iterator();
            }

            @Override
            public int size() {
              return noise.size();
            }
          });
      String[] terms = mlt.retrieveInterestingTerms(new StringReader(text), lang.field("customer"));
      return Arrays.stream(terms).filter(t -> !t.chars().allMatch(Character::isDigit)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("term selection in memory cannot fail", e);
    }
  }
}
