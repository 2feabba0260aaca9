package dev.kayakomcp.tools;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses work durations as agents write them: {@code 90}, {@code 90m}, {@code 1h30m}, {@code 1.5h},
 * {@code 2h}. Printing is {@link dev.kayakomcp.format.Durations#human}, the one format.
 */
final class DurationArgument {

  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([hms])");

  private DurationArgument() {}

  /** Seconds; a bare number means minutes. */
  static long parseSeconds(String name, String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
    if (t.matches("\\d+")) {
      return Long.parseLong(t) * 60;
    }
    Matcher m = PART.matcher(t);
    double seconds = 0;
    int end = 0;
    while (m.find()) {
      if (m.start() != end) {
        break;
      }
      double v = Double.parseDouble(m.group(1));
      seconds +=
          switch (m.group(2)) {
            case "h" -> v * 3600;
            case "m" -> v * 60;
            default -> v;
          };
      end = m.end();
    }
    if (end != t.length() || end == 0 || seconds <= 0) {
      throw new ToolArgumentException(
          "'"
              + name
              + "' must be a duration such as 90 (minutes), 45m, 1h30m or 1.5h, not '"
              + text
              + "'.");
    }
    return Math.round(seconds);
  }
}
