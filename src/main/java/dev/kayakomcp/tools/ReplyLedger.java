package dev.kayakomcp.tools;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Replies this server posted recently, so an identical reply to the same ticket within the window
 * is refused even before Kayako shows it.
 */
public final class ReplyLedger {

  private record Entry(int ticketId, String text, Instant at) {}

  private final Deque<Entry> entries = new ArrayDeque<>();
  private final Clock clock;

  public ReplyLedger(Clock clock) {
    this.clock = clock;
  }

  /** Whitespace and case do not make a reply different. */
  public static String normalise(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  public synchronized void remember(int ticketId, String text) {
    entries.addLast(new Entry(ticketId, normalise(text), clock.instant()));
    if (entries.size() > 1_000) {
      entries.removeFirst();
    }
  }

  /** When this text was last sent to this ticket within the window, or null. */
  public synchronized Instant sentWithin(int ticketId, String text, Duration window) {
    String n = normalise(text);
    Instant since = clock.instant().minus(window);
    Instant found = null;
    for (Entry e : entries) {
      if (e.ticketId() == ticketId && e.text().equals(n) && !e.at().isBefore(since)) {
        found = e.at();
      }
    }
    return found;
  }
}
