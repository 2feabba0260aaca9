package dev.kayakomcp.write;

import java.time.Instant;

/**
 * How one write ended. Only {@link Kind#NOT_LANDED} means sending it again is safe; {@link
 * Kind#UNKNOWN} says exactly what to check first.
 *
 * @param kind landed, not landed, unknown, or refused as a duplicate (nothing sent)
 * @param landed the confirmed state when landed; for a duplicate, the earlier write if known
 * @param detail what happened, for the answer: Kayako's error, the lost answer, the duplicate
 * @param check for unknown outcomes (and duplicates of one): where to look before sending again
 * @param recovered landed, but known only from re-reading after the answer was lost
 * @param shared this call joined an identical write already in flight and shares its outcome
 * @param at when the write was sent (for a duplicate: when the earlier one was)
 */
public record WriteOutcome(
    Kind kind,
    Landed landed,
    String detail,
    String check,
    boolean recovered,
    boolean shared,
    Instant at) {

  /** The four answers a write can have. */
  public enum Kind {
    /** Kayako holds the write; {@link #landed()} has the confirmed state. */
    LANDED,
    /** Kayako does not hold it: sending it again is safe. */
    NOT_LANDED,
    /** It may or may not have landed: check {@link #check()} before sending it again. */
    UNKNOWN,
    /** Refused before sending: an identical write is recent or in Kayako already. */
    DUPLICATE
  }

  static WriteOutcome landed(Landed landed, Instant at, boolean recovered, String detail) {
    return new WriteOutcome(Kind.LANDED, landed, detail, "", recovered, false, at);
  }

  static WriteOutcome notLanded(String detail, Instant at) {
    return new WriteOutcome(Kind.NOT_LANDED, null, detail, "", false, false, at);
  }

  static WriteOutcome unknown(String detail, String check, Instant at) {
    return new WriteOutcome(Kind.UNKNOWN, null, detail, check, false, false, at);
  }

  static WriteOutcome duplicate(Landed earlier, String detail, String check, Instant at) {
    return new WriteOutcome(Kind.DUPLICATE, earlier, detail, check, false, false, at);
  }

  /** The same outcome, as told to a call that joined the write in flight. */
  WriteOutcome asShared() {
    return new WriteOutcome(kind, landed, detail, check, recovered, true, at);
  }

  /** A few words for the audit line. */
  String auditWord() {
    String base =
        switch (kind) {
          case LANDED ->
              "landed "
                  + landed.what()
                  + (recovered ? " (found by re-reading after: " + detail + ")" : "");
          case NOT_LANDED -> "not landed (" + detail + ")";
          case UNKNOWN -> "unknown (" + detail + ")";
          case DUPLICATE -> "refused duplicate (" + detail + ")";
        };
    return shared ? "shared answer of an identical call in flight: " + base : base;
  }
}
