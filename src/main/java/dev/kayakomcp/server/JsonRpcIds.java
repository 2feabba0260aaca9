package dev.kayakomcp.server;

import java.nio.charset.StandardCharsets;

/**
 * Finds a JSON-RPC message's top-level {@code "id"} in the start of a line too large to parse, so
 * that the refusal reaches the request that caused it instead of leaving the client waiting.
 */
final class JsonRpcIds {

  private JsonRpcIds() {}

  /**
   * The top-level id in {@code prefix} (an integer as Long, or a String), or null when the prefix
   * holds none or it is cut off.
   */
  static Object topLevelId(byte[] prefix, int length) {
    String text = new String(prefix, 0, length, StandardCharsets.UTF_8);
    int depth = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        int end = endOfString(text, i);
        if (end < 0) {
          return null;
        }
        if (depth == 1 && text.substring(i + 1, end).equals("id")) {
          int colon = skipSpace(text, end + 1);
          if (colon < text.length() && text.charAt(colon) == ':') {
            return valueAt(text, skipSpace(text, colon + 1));
          }
        }
        i = end + 1;
        continue;
      }
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
      i++;
    }
    return null;
  }

  private static Object valueAt(String text, int start) {
    if (start >= text.length()) {
      return null;
    }
    if (text.charAt(start) == '"') {
      int end = endOfString(text, start);
      String raw = end < 0 ? null : text.substring(start + 1, end);
      return raw == null || raw.indexOf('\\') >= 0 ? null : raw;
    }
    int end = start;
    if (end < text.length() && text.charAt(end) == '-') {
      end++;
    }
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    boolean complete =
        end < text.length()
            && (text.charAt(end) == ','
                || text.charAt(end) == '}'
                || Character.isWhitespace(text.charAt(end)));
    if (!complete || end == start || (end == start + 1 && text.charAt(start) == '-')) {
      return null;
    }
    try {
      return Long.parseLong(text.substring(start, end));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Index of the quote closing the string opened at {@code open}, or -1 when it is cut off. */
  private static int endOfString(String text, int open) {
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return -1;
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
