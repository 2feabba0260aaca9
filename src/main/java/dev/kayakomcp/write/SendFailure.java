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
}
