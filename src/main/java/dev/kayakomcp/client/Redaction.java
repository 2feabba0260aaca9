package dev.kayakomcp.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps credentials out of messages and logs: drops the {@code apikey}, {@code salt} and {@code
 * signature} parameters from URLs, and blanks any known secret value that a server might echo back
 * in an error page.
 */
final class Redaction {

  private static final Set<String> SECRET_PARAMS = Set.of("apikey", "salt", "signature");

  private Redaction() {}

  /** The URL without its auth parameters; everything else (the route) is kept. */
  static String url(String url) {
    if (url == null) {
      return "";
    }
    int q = url.indexOf('?');
    if (q < 0) {
      return url;
    }
    StringBuilder out = new StringBuilder(url.substring(0, q + 1));
    List<String> kept = new ArrayList<>();
    for (String part : url.substring(q + 1).split("&", -1)) {
      int eq = part.indexOf('=');
      String name = (eq < 0 ? part : part.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (!SECRET_PARAMS.contains(name)) {
        kept.add(part);
      }
    }
    out.append(String.join("&", kept));
    return out.toString();
  }

  /** The text with every occurrence of each secret (raw or URL-encoded) replaced by ****. */
  static String scrub(String text, Collection<String> secrets) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    String out = text;
    for (String s : secrets) {
      if (s == null || s.length() < 4) {
        continue; // too short to be a credential; replacing it would mangle ordinary text
      }
      out = out.replace(s, "****");
      String encoded = URLEncoder.encode(s, StandardCharsets.UTF_8);
      if (!encoded.equals(s)) {
        out = out.replace(encoded, "****");
      }
    }
    return out;
  }

  /** Whether any message in the cause chain mentions a secret. */
  static boolean mentionsAny(Throwable t, Collection<String> secrets) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String m = String.valueOf(c.getMessage());
      if (!scrub(m, secrets).equals(m)) {
        return true;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return false;
  }
}
