package dev.kayakomcp.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How text becomes terms. English text gets Lucene's English analysis (stop words, possessives,
 * Porter stemming); text in other languages is tokenised plainly (lower case, accents folded), so a
 * German or French ticket never meets an English stemmer that would mangle it. Each text is routed
 * by a cheap function-word vote, and queries are analysed both ways so they meet either kind.
 */
public final class Analysis {

  /** Which analysis a text gets. */
  public enum Lang {
    ENGLISH("en"),
    OTHER("plain");

    private final String suffix;

    Lang(String suffix) {
      this.suffix = suffix;
    }

    /** The index field for {@code base} text in this language, e.g. {@code subject_en}. */
    public String field(String base) {
      return base + "_" + suffix;
    }
  }

  private static final Set<String> ENGLISH_WORDS =
      Set.of(
          ("the and is to it my you i we for of in on can not with this that have "
                  + "please our are was your but")
              .split(" "));

  private static final Set<String> OTHER_WORDS =
      Set.of(
          ("der die das und ist ich nicht mit mein meine sie wir bitte ein eine "
                  + "auf für zu den von können habe keine le la les et est je pas avec mon "
                  + "ma vous nous une des du pour sur mes merci bonjour ne il ce el los "
                  + "las y es yo no con mi por para hola gracias")
              .split(" "));

  private static final Analyzer ENGLISH = new EnglishAnalyzer();

  private static final Analyzer PLAIN =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new StandardTokenizer();
          TokenStream result = new LowerCaseFilter(source);
          result = new ASCIIFoldingFilter(result);
          return new TokenStreamComponents(source, result);
        }
      };

  private Analysis() {}

  /** The English stop words Lucene drops, for term selection. */
  public static CharArraySet englishStopWords() {
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  }

  /** The analyzer of a language. */
  public static Analyzer analyzer(Lang lang) {
    return lang == Lang.ENGLISH ? ENGLISH : PLAIN;
  }

  /**
   * The language a text is analysed in: another language only when its function words outnumber
   * English ones, so short texts without any (most subjects) count as English.
   */
  public static Lang detect(String text) {
    int english = 0;
    int other = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (ENGLISH_WORDS.contains(w)) {
        english++;
      } else if (OTHER_WORDS.contains(w)) {
        other++;
      }
    }
    return other > english ? Lang.OTHER : Lang.ENGLISH;
  }

  /** The terms of {@code text} under a language's analysis, in order, repeats kept. */
  public static List<String> terms(Lang lang, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer(lang).tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory cannot fail", e);
    }
    return out;
  }
}
