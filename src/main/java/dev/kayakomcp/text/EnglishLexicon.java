package dev.kayakomcp.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.carrot2.language.LanguageComponents;
import org.carrot2.language.StopwordFilter;

/** Carrot2's English resources, loaded once (through Java's service loader, as Carrot2 does). */
final class EnglishLexicon {

  static final LanguageComponents COMPONENTS = load();

  private static final StopwordFilter STOP_WORDS = COMPONENTS.get(StopwordFilter.class);

  private EnglishLexicon() {}

  /** Whether Carrot2's English word list counts {@code word} as a stop word ("our", "have"). */
  static boolean isStopWord(String word) {
    return !STOP_WORDS.test(word);
  }

  private static LanguageComponents load() {
    try {
      return LanguageComponents.loader().limitToLanguages("English").load().language("English");
    } catch (IOException e) {
      throw new UncheckedIOException("Carrot2's English resources are missing", e);
    }
  }
}
