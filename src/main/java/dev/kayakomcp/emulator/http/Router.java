package dev.kayakomcp.emulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the route of a request the three ways Kayako's router does: the raw query string when it
 * starts with {@code /} ("standard" style, route up to the first {@code &}), the {@code e}
 * parameter (decoded once more on top of normal form decoding), or PATH_INFO. Splits it into
 * segments, drops empty ones and rejects characters outside Kayako's whitelist.
 */
public final class Router {

  /** Kayako's segment filter: letters, digits, whitespace and {@code , ~ % . : = _ -}. */
  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}\\s,~%.:=_-]*");

  public static final String DISALLOWED = "The URI you submitted has disallowed characters.";

  /** The route and the query parameters left once the route is taken out. */
  public record Routed(List<String> segments, Params query) {}

  private Router() {}

  /**
   * @param rawQuery the undecoded query string, or null
   * @param pathInfo what follows {@code index.php} in the path, or ""
   * @param body form parameters of the body (POST may carry {@code e} there)
   * @return the route segments (possibly empty when no route was given)
   * @throws ApiException 400 on disallowed characters
   */
  public static Routed route(String rawQuery, String pathInfo, Params body) {
    String query = rawQuery == null ? "" : rawQuery;
    String route = null;
    Params params;
    if (query.startsWith("/")) {
      int amp = query.indexOf('&');
      route = FormParser.rawDecode(amp < 0 ? query : query.substring(0, amp));
      params = FormParser.parse(amp < 0 ? "" : query.substring(amp + 1));
    } else {
      params = FormParser.parse(query);
      String e = params.has("e") ? params.get("e") : body.get("e");
      if (e != null) {
        String decoded = FormParser.decode(e);
        if (decoded.startsWith("/")) {
          route = decoded;
        }
      }
      params.remove("e");
      body.remove("e");
    }
    if (route == null && pathInfo != null && !pathInfo.isEmpty()) {
      route = FormParser.rawDecode(pathInfo);
    }
    List<String> segments = new ArrayList<>();
    if (route != null) {
      for (String s : route.split("/")) {
        if (s.isEmpty()) {
          continue;
        }
        if (!ALLOWED.matcher(s).matches()) {
          throw new ApiException(400, DISALLOWED);
        }
        int eq = s.indexOf('=');
        if (eq > 0) {
          // A name=value segment is a named argument, not a positional one.
          params.add(s.substring(0, eq), s.substring(eq + 1));
          continue;
        }
        segments.add(s);
      }
    }
    return new Routed(segments, params);
  }
}
