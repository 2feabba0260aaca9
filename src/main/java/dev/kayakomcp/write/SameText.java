package dev.kayakomcp.write;

import java.util.Locale;
import org.jsoup.Jsoup;

/** When two texts count as the same write: whitespace, case and HTML markup do not matter. */
public final class SameText {

  private SameText() {}

  /** The text as it is compared: whitespace collapsed, trimmed, lower case. */
  public static String normalise(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code stored} (HTML when {@code html}) says the same as {@code sent}. */
  static boolean same(String stored, boolean html, String sent) {
    String wanted = normalise(sent);
    return normalise(stored).equals(wanted)
        || (html && normalise(Jsoup.parse(stored).text()).equals(wanted));
  }
}
