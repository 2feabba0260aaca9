package dev.kayakomcp.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The REST entry point ({@code <helpdesk>/api/index.php}) and how routes are put into its URL.
 *
 * <p>{@link #parse} accepts whatever a user pastes: with or without {@code index.php}, a trailing
 * {@code ?} or {@code /}, a leftover {@code ?e=} or {@code ?e=/…}, surrounding whitespace, or just
 * the helpdesk's root. Everything after the script name is dropped, so the result always ends in
 * exactly {@code /api/index.php} and a route is appended after exactly one {@code ?}.
 */
public final class ApiEndpoint {

  /** How the route travels in the query string. */
  public enum RouteStyle {
    /** {@code index.php?e=/Tickets/Ticket/1042&…}: survives generic URL handling; the default. */
    E_PARAMETER,
    /** {@code index.php?/Tickets/Ticket/1042&…}: the "standard" style some servers expect. */
    STANDARD
  }

  private static final String SCRIPT = "/api/index.php";

  /**
   * Route segments may hold only what the server's router lets through, minus whitespace, {@code %}
   * and {@code =} (named-argument syntax): enough for ids, display ids, CSV lists, negative numbers
   * and sort names.
   */
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9,~.:_-]+");

  private final String base;
  private final RouteStyle style;

  private ApiEndpoint(String base, RouteStyle style) {
    this.base = base;
    this.style = style;
  }

  /** Normalises a pasted base URL, using the {@code ?e=} route style. */
  public static ApiEndpoint parse(String pasted) {
    return parse(pasted, RouteStyle.E_PARAMETER);
  }

  /**
   * Normalises a pasted base URL.
   *
   * @throws IllegalArgumentException with a message saying what to fix
   */
  public static ApiEndpoint parse(String pasted, RouteStyle style) {
    if (pasted == null || pasted.isBlank()) {
      throw new IllegalArgumentException(
          "The Kayako URL is empty; set it to https://<your-helpdesk>/api/index.php");
    }
    String s = pasted.strip();
    int cut = indexOfAny(s, '?', '#');
    if (cut >= 0) {
      s = s.substring(0, cut);
    }
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "The Kayako URL is not a valid URL ("
              + e.getReason()
              + "); use the form https://<your-helpdesk>/api/index.php",
          e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "The Kayako URL must start with https:// or http://"
              + (scheme.isEmpty() ? "" : " (got a '" + scheme + "' URL)")
              + "; use the form https://<your-helpdesk>/api/index.php");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new IllegalArgumentException(
          "The Kayako URL has no host name; use the form https://<your-helpdesk>/api/index.php");
    }
    if (uri.getRawUserInfo() != null) {
      // Kayako authenticates by API key; a user:password@ prefix is a mistake that leaks a secret.
      throw new IllegalArgumentException(
          "The Kayako URL must not contain user:password@; remove it and use the API key and"
              + " secret instead");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return new ApiEndpoint(scheme + "://" + host + port + scriptPath(uri.getRawPath()), style);
  }

  /**
   * The path up to and including {@code /api/index.php}: a path that already contains it is cut
   * after it (PATH_INFO routes pasted by mistake), the helpdesk's own {@code index.php} is swapped
   * for the API's, and anything else is taken as the helpdesk root.
   */
  private static String scriptPath(String rawPath) {
    String path = rawPath == null ? "" : rawPath;
    String lower = path.toLowerCase(Locale.ROOT);
    int api = lower.indexOf(SCRIPT);
    if (api >= 0) {
      return path.substring(0, api) + SCRIPT;
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith("/index.php")) {
      path = path.substring(0, path.length() - "/index.php".length());
    } else if (lower.endsWith("/api")) {
      path = path.substring(0, path.length() - "/api".length());
    }
    return path + SCRIPT;
  }

  /** The normalised script URL, e.g. {@code https://support.example.com/api/index.php}. */
  public String baseUrl() {
    return base;
  }

  public RouteStyle style() {
    return style;
  }

  /** The URL for a route with no further query parameters. */
  public URI uri(String route) {
    return uri(route, List.of());
  }

  /**
   * The URL for a route plus query parameters (URL-encoded here), e.g. {@code
   * …/index.php?e=/Tickets/Ticket/1042&apikey=…}.
   */
  public URI uri(String route, List<Map.Entry<String, String>> queryParameters) {
    checkRoute(route);
    StringBuilder url = new StringBuilder(base).append('?');
    if (style == RouteStyle.E_PARAMETER) {
      url.append("e=");
    }
    // Segments are restricted to URL-safe characters, so the route goes in literally: slashes
    // must stay unencoded for the standard style and are harmless in the e style.
    url.append(route);
    for (Map.Entry<String, String> p : queryParameters) {
      url.append('&').append(encode(p.getKey())).append('=').append(encode(p.getValue()));
    }
    return URI.create(url.toString());
  }

  /**
   * Builds a route from segments, refusing a segment the server would reject or misread (an e-mail
   * address, a slash, a space, {@code =}).
   */
  public static String route(Object... segments) {
    StringBuilder r = new StringBuilder();
    for (Object segment : segments) {
      String s = String.valueOf(segment);
      if (!SEGMENT.matcher(s).matches()) {
        throw new IllegalArgumentException(
            "'"
                + s
                + "' cannot be part of a Kayako URL: only letters, digits and , ~ . : _ - are"
                + " allowed (e-mail addresses and free text go in form fields)");
      }
      r.append('/').append(s);
    }
    return r.toString();
  }

  private static void checkRoute(String route) {
    if (route == null || !route.startsWith("/")) {
      throw new IllegalArgumentException("a Kayako route starts with '/': " + route);
    }
    for (String s : route.substring(1).split("/", -1)) {
      if (!SEGMENT.matcher(s).matches()) {
        throw new IllegalArgumentException("not a valid Kayako route: " + route);
      }
    }
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }

  @Override
  public String toString() {
    return base + (style == RouteStyle.E_PARAMETER ? "?e=" : "?");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiEndpoint e && e.base.equals(base) && e.style == style;
  }

  @Override
  public int hashCode() {
    return base.hashCode() * 31 + style.hashCode();
  }
}
