package dev.kayakomcp.client;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Turns a non-200 answer into the exception a caller can act on. Kayako's errors are one line of
 * plain text (even when labelled {@code text/xml}); anything else — an HTML page, an empty 404 —
 * means the request did not reach the REST API.
 */
final class ErrorMapping {

  private ErrorMapping() {}

  static KayakoApiException forStatus(
      KayakoHttp.Call call, KayakoHttp.Response r, List<String> secrets) {
    int status = r.status();
    String text = KayakoHttp.serverText(r.body(), secrets);
    boolean html = KayakoHttp.looksLikeHtml(r.body());
    String route = call.route();
    if (status >= 300 && status < 400) {
      return KayakoHttp.unexpected(
          r,
          "Kayako's URL redirects (HTTP "
              + status
              + (r.location().isEmpty() ? "" : " to " + r.location())
              + "); set the base URL to where it redirects, usually the https:// address",
          null);
    }
    switch (status) {
      case 400 -> {
        if (html) {
          break;
        }
        return new BadRequestException(
            "Kayako rejected the request to "
                + route
                + ": "
                + (text.isEmpty() ? "(no reason given)" : text)
                + ". Correct the argument it names and try again.",
            text);
      }
      case 401 -> {
        return authentication(text);
      }
      case 429 -> {
        Duration wait = retryAfter(r.retryAfter());
        return new RateLimitedException(
            "Kayako is limiting how fast it is called (HTTP 429 Too Many Requests"
                + (wait == null ? "" : "; it asks to wait " + wait.toSeconds() + " s")
                + ") on "
                + route
                + ". Wait a little and try again, or make fewer calls at once.",
            text,
            wait);
      }
      case 403 -> {
        return new ApiDisabledException(
            "Kayako answered 403 Forbidden"
                + (text.isEmpty() ? "" : " (" + text + ")")
                + ": the REST API is probably disabled. Enable it in Admin CP › REST API ›"
                + " Settings, or check whether a firewall or proxy blocks "
                + r.url()
                + ".",
            text);
      }
      case 404 -> {
        String bare = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").strip();
        // A web server's own bare reason: Kayako always names what was not found.
        boolean serverReason = bare.equals("not found") || bare.equals("file not found");
        if (html || text.isEmpty() || serverReason) {
          return KayakoHttp.unexpected(
              r, "Kayako's URL answered 404 Not Found without a Kayako reason", null);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("ticket not found")) {
          String ticket = call.ticketRef() == null ? route : call.ticketRef();
          return new TicketNotFoundException(ticket, status, text);
        }
        if (lower.contains("not found")) {
          return new NotFoundException(
              "Kayako says: " + text + " (" + route + "). Check the ids and try again.",
              status,
              text);
        }
        return KayakoHttp.unexpected(r, "Kayako's URL answered 404 Not Found (" + text + ")", null);
      }
      default -> {
        // handled below
      }
    }
    if (status >= 500) {
      return new KayakoApiException(
          "Kayako had an internal error (HTTP "
              + status
              + ") on "
              + route
              + (text.isEmpty() ? "" : ": " + text)
              + ". Try again later; if it persists, the helpdesk's PHP error log has the cause.",
          status,
          text);
    }
    if (html) {
      return KayakoHttp.unexpected(
          r,
          "Kayako's URL answered HTTP " + status + " with an HTML page" + titleOrEmpty(text),
          null);
    }
    return new KayakoApiException(
        "Kayako answered HTTP "
            + status
            + " on "
            + route
            + (text.isEmpty() ? "" : ": " + text)
            + ". Check the base URL and try again.",
        status,
        text);
  }

  /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
  static Duration retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String h = header.strip();
    try {
      long seconds = Long.parseLong(h);
      return seconds < 0 ? null : Duration.ofSeconds(Math.min(seconds, 86_400));
    } catch (NumberFormatException e) {
      // maybe a date
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String titleOrEmpty(String text) {
    return text.isEmpty() ? "" : " titled '" + text + "'";
  }

  private static AuthenticationException authentication(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    if (upper.contains("NO SALT PROVIDED")) {
      return new AuthenticationException(
          "Kayako refused the request (401 NO SALT PROVIDED!): the authentication parameters did"
              + " not reach it. A proxy may be stripping the request body or query; if not, this"
              + " is a client bug.",
          text,
          AuthenticationException.Reason.NO_SALT);
    }
    if (upper.contains("FAILED TO AUTHENTICATE")) {
      return new AuthenticationException(
          "Kayako refused the credentials (401 FAILED TO AUTHENTICATE). Check the API key and the"
              + " secret key: copy both again from Admin CP › REST API › API Information.",
          text,
          AuthenticationException.Reason.FAILED);
    }
    return new AuthenticationException(
        "The request was refused with 401 Unauthorized"
            + (text.isEmpty() ? "" : " (" + text + ")")
            + ", not by Kayako's own check: a proxy or web-server password may be in front of"
            + " the helpdesk.",
        text,
        AuthenticationException.Reason.OTHER);
  }
}
