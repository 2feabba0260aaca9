package dev.kayakomcp.cli;

import dev.kayakomcp.client.ApiDisabledException;
import dev.kayakomcp.client.AuthenticationException;
import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoTransportException;
import dev.kayakomcp.client.UnexpectedResponseException;

/**
 * Names the kind of failure first — key or secret, API disabled, wrong URL, DNS, TLS, timeout —
 * then the client's explanation, which already says what to change.
 */
final class Diagnosis {

  private Diagnosis() {}

  static String of(KayakoApiException e) {
    if (e instanceof AuthenticationException a) {
      String which =
          switch (a.reason()) {
            case NO_SALT -> "the request reached Kayako without its salt (a proxy may strip it)";
            case FAILED -> "the API key or the secret key is wrong";
            default -> "authentication failed";
          };
      return "401 Unauthorized: "
          + which
          + ". Copy both again from Admin CP › REST API › API Information (the secret is used"
          + " exactly as displayed). "
          + e.getMessage();
    }
    if (e instanceof ApiDisabledException) {
      return "403 Forbidden: " + e.getMessage();
    }
    if (e instanceof UnexpectedResponseException) {
      return "wrong URL or a proxy in the way: " + e.getMessage();
    }
    if (e instanceof KayakoTransportException t) {
      String kind =
          switch (t.kind()) {
            case UNKNOWN_HOST -> "DNS";
            case CONNECTION_REFUSED -> "connection refused";
            case TLS -> "TLS";
            case TIMEOUT -> "timeout";
            default -> "network";
          };
      return kind + ": " + e.getMessage();
    }
    return e.getMessage();
  }
}
