package dev.kayakomcp.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Parses {@code application/x-www-form-urlencoded} text (bodies and query strings) into {@link
 * Params}, decoding {@code +} and percent escapes once, as PHP does. Malformed escapes are kept
 * literally rather than failing the request.
 */
public final class FormParser {

  private FormParser() {}

  public static Params parse(String encoded) {
    Params params = Params.empty();
    addTo(params, encoded);
    return params;
  }

  public static void addTo(Params params, String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (!name.isEmpty()) {
        params.add(name, value);
      }
    }
  }

  /** Form decoding: {@code +} is a space, {@code %XX} a byte; a broken escape stays as it is. */
  public static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s.replace('+', ' ');
    }
  }

  /** Percent decoding only ({@code +} stays a plus), as PHP's {@code rawurldecode}. */
  public static String rawDecode(String s) {
    return decode(s.replace("+", "%2B"));
  }
}
