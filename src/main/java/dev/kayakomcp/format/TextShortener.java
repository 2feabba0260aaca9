package dev.kayakomcp.format;

import java.util.Locale;

/** Shortens long text at a word boundary and says how much was left out. */
public final class TextShortener {

  private TextShortener() {}

  /**
   * The text itself when it fits, else its first part ending at a word boundary followed by a
   * marker such as {@code … [shortened: 1,234 more characters]}.
   */
  public static String shorten(String text, int maxChars) {
    if (text == null) {
      return "";
    }
    if (text.length() <= maxChars) {
      return text;
    }
    int cut = maxChars;
    int space = lastWhitespace(text, cut);
    // Prefer a word boundary unless it would throw away most of the allowance.
    if (space > maxChars * 2 / 3) {
      cut = space;
    }
    if (Character.isLowSurrogate(text.charAt(cut)) && cut > 0) {
      cut--;
    }
    String head = text.substring(0, cut).stripTrailing();
    return head
        + " … [shortened: "
        + String.format(Locale.ROOT, "%,d", text.length() - head.length())
        + " more characters]";
  }

  private static int lastWhitespace(String text, int before) {
    for (int i = Math.min(before, text.length() - 1); i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
