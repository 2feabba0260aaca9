package dev.kayakomcp.write;

import dev.kayakomcp.client.CircuitOpenException;
import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoTransportException;

/** What a failed send says about whether the write may have reached Kayako. */
enum SendFailure {
  /** The request never left: no connection, the breaker open, no slot. Nothing was stored. */
  NOT_SENT,
  /** A 4xx answer: Kayako (or a proxy in front of it) refused the request without storing it. */
  REFUSED,
  /**
   * The server finished with the request but its answer was lost: a cut or reset connection, a 5xx,
   * an unreadable 200. One re-read tells whether it was stored.
   */
  ANSWER_LOST,
  /**
   * No answer in time (or a 504 from a proxy): Kayako may still be working on it, so a re-read that
   * does not show it yet proves nothing; re-read until the recovery budget is spent.
   */
  MAYBE_RUNNING;

  static SendFailure of(KayakoApiException e) {
    if (e instanceof CircuitOpenException) {
      return NOT_SENT;
    }
    if (e instanceof KayakoTransportException t) {
      return switch (t.kind()) {
        case UNKNOWN_HOST, CONNECTION_REFUSED, TLS -> NOT_SENT;
        case TIMEOUT, INTERRUPTED -> MAYBE_RUNNING;
        case IO -> ANSWER_LOST;
      };
    }
    int status = e.status();
    if (status == 0) {
      return NOT_SENT; // refused before any request: no bulkhead slot
    }
    if (status == 504) {
      return MAYBE_RUNNING;
    }
    if (status >= 400 && status < 500) {
      return REFUSED;
    }
    return ANSWER_LOST;
  }

  /**
   * What happened to the answer, in words that suggest nothing: the client's own messages end in a
   * next step ("try again later") that is wrong for a write that may have landed.
   */
  static String lostAnswer(KayakoApiException e) {
    if (e instanceof KayakoTransportException t) {
      return switch (t.kind()) {
        case TIMEOUT -> "Kayako did not answer within the call's deadline";
        case INTERRUPTED -> "the call was interrupted while waiting for Kayako's answer";
        default -> "the connection closed before Kayako's answer arrived";
      };
    }
    if (e.status() >= 500) {
      return "HTTP "
          + e.status()
          + (e.serverText().isEmpty() ? "" : " (" + e.serverText() + ")")
          + " came back instead of Kayako's answer";
    }
    return "Kayako's answer could not be read (HTTP " + e.status() + ")";
  }

  /** A failed read after the write, in the same neutral words. */
  static String failedRead(KayakoApiException e) {
    if (e instanceof CircuitOpenException) {
      return "calls to Kayako are paused after repeated failures";
    }
    if (e instanceof KayakoTransportException || e.status() >= 500) {
      return lostAnswer(e).replace("Kayako's answer", "the re-read's answer");
    }
    return "HTTP " + e.status() + (e.serverText().isEmpty() ? "" : " " + e.serverText());
  }
}
